<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Puente keeps a Bsale ERP and a Jumpseller store in step.</source>
        <translation>O Puente mantém um ERP Bsale e uma loja Jumpseller em sincronia.</translation>
    </message>
    <message>
        <source>User interface language: es (Spanish), pt (Portuguese) or en (English). Default: the system&apos;s language.</source>
        <translation>Idioma da interface: es (espanhol), pt (português) ou en (inglês). Padrão: o idioma do sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <extracomment>Placeholder for the value of --lang in --help</extracomment>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Start in demo mode, with a sample shop instead of real accounts.</source>
        <translation>Inicia no modo de demonstração, com uma loja de exemplo em vez de contas reais.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use es, pt or en.</source>
        <translation>Idioma desconhecido &quot;%1&quot;. Use es, pt ou en.</translation>
    </message>
</context>
<context>
    <name>puente::AboutDialog</name>
    <message>
        <source>About Puente</source>
        <translation>Sobre o Puente</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Puente keeps your Bsale ERP and your Jumpseller store in step: products, stock and the tax documents for every order.</source>
        <translation>O Puente mantém seu ERP Bsale e sua loja Jumpseller em sincronia: produtos, estoque e os documentos fiscais de cada pedido.</translation>
    </message>
    <message>
        <source>Copyright © %1 Puente. All rights reserved.</source>
        <translation>Copyright © %1 Puente. Todos os direitos reservados.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, executando no Qt %2.</translation>
    </message>
</context>
<context>
    <name>puente::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Everything Puente did, newest first: stock pushed, orders read, documents issued and errors.</source>
        <translation>Tudo o que o Puente fez, do mais recente ao mais antigo: estoque enviado, pedidos lidos, documentos emitidos e erros.</translation>
    </message>
</context>
<context>
    <name>puente::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Sync status at a glance: connections, the last run, stock pushed and documents issued today.</source>
        <translation>Visão geral da sincronização: conexões, a última execução, o estoque enviado e os documentos emitidos hoje.</translation>
    </message>
</context>
<context>
    <name>puente::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Boletas, facturas and credit notes issued for store orders, and the ones that need a fix.</source>
        <translation>Boletas, faturas e notas de crédito emitidas para os pedidos da loja, e as que precisam de correção.</translation>
    </message>
</context>
<context>
    <name>puente::MainWindow</name>
    <message>
        <source>Not connected</source>
        <extracomment>Status bar: no Bsale or Jumpseller account is connected yet</extracomment>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Puente</source>
        <translation>&amp;Sobre o Puente</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Show Puente</source>
        <extracomment>Tray menu: brings the main window back</extracomment>
        <translation>Mostrar o Puente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>Accessible name of the page list on the left</extracomment>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Puente: Bsale and Jumpseller in step</source>
        <translation>Puente: Bsale e Jumpseller em sincronia</translation>
    </message>
    <message>
        <source>%1 (demo mode) — %2</source>
        <extracomment>Window title in demo mode: %1 is the current page, %2 the product name (Puente)</extracomment>
        <translation>%1 (modo de demonstração) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: %1 is the current page, %2 the product name (Puente)</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>puente::MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation>Mapeamentos</translation>
    </message>
    <message>
        <source>Match categories, brands and options between Bsale and Jumpseller.</source>
        <translation>Associe categorias, marcas e opções entre o Bsale e o Jumpseller.</translation>
    </message>
</context>
<context>
    <name>puente::Page</name>
    <message>
        <source>This page arrives in a later version of Puente.</source>
        <translation>Esta página chegará em uma versão futura do Puente.</translation>
    </message>
</context>
<context>
    <name>puente::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Bsale variants and Jumpseller products side by side: link them and see the stock Puente pushes.</source>
        <translation>Variantes do Bsale e produtos do Jumpseller lado a lado: vincule-os e veja o estoque que o Puente envia.</translation>
    </message>
</context>
<context>
    <name>puente::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Connections to Bsale and Jumpseller, the Bsale office, document types and sync options.</source>
        <translation>Conexões com o Bsale e o Jumpseller, a filial do Bsale, os tipos de documento e as opções de sincronização.</translation>
    </message>
</context>
</TS>
