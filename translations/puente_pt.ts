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
    <name>puente::DemoShopPanel</name>
    <message>
        <source>Demo shop</source>
        <extracomment>Heading of the Dashboard panel in demo mode</extracomment>
        <translation>Loja demo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Bsale (ERP)</source>
        <translation>Bsale (ERP)</translation>
    </message>
    <message>
        <source>Jumpseller (online store)</source>
        <translation>Jumpseller (loja virtual)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Stock receptions</source>
        <translation>Recebimentos de estoque</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Aguardando pagamento</translation>
    </message>
    <message>
        <source>POS sale</source>
        <extracomment>Button: sells one unit at the counter of the shop&apos;s Bsale (creates a boleta)</extracomment>
        <translation>Venda no caixa</translation>
    </message>
    <message>
        <source>Stock reception</source>
        <extracomment>Button: goods arrive at the warehouse in Bsale</extracomment>
        <translation>Recebimento de estoque</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
    <message>
        <source>Pay order</source>
        <extracomment>Button: the customer pays the newest pending store order</extracomment>
        <translation>Pagar pedido</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Starting demo shop…</source>
        <translation>Iniciando a loja demo…</translation>
    </message>
    <message>
        <source>A sample shop runs on this computer: a fake Bsale and a fake Jumpseller with the same catalogue, no account needed. It disappears when Puente closes. Use the buttons to sell, receive goods and take orders, and watch the numbers change.</source>
        <translation>Uma loja de exemplo roda neste computador: um Bsale e um Jumpseller simulados com o mesmo catálogo, sem precisar de contas. Ela some quando o Puente fecha. Use os botões para vender, receber mercadorias e receber pedidos, e veja os números mudarem.</translation>
    </message>
    <message>
        <source>The demo shop could not start.</source>
        <translation>Não foi possível iniciar a loja demo.</translation>
    </message>
    <message>
        <source>The demo shop has stopped. Restart Puente with --demo to get a fresh one.</source>
        <translation>A loja demo parou. Abra o Puente de novo com --demo para ter uma nova.</translation>
    </message>
    <message>
        <source>The demo shop refused that: %1</source>
        <extracomment>%1 is the sandbox&apos;s own (English) explanation</extracomment>
        <translation>A loja demo recusou: %1</translation>
    </message>
    <message>
        <source>POS sale in Bsale: %1 × %2 on boleta no. %3. Bsale stock %4 → %5.</source>
        <extracomment>%1 quantity, %2 SKU, %3 boleta number, %4 and %5 stock before and after</extracomment>
        <translation>Venda no caixa no Bsale: %1 × %2 na boleta nº %3. Estoque no Bsale %4 → %5.</translation>
    </message>
    <message>
        <source>Stock reception in Bsale: %1 × %2. Bsale stock %3 → %4.</source>
        <extracomment>%1 quantity, %2 SKU, %3 and %4 stock before and after</extracomment>
        <translation>Recebimento de estoque no Bsale: %1 × %2. Estoque no Bsale %3 → %4.</translation>
    </message>
    <message>
        <source>New store order %1: %2 × %3, waiting for payment. Store stock %4 → %5.</source>
        <extracomment>%1 order number, %2 quantity, %3 SKU, %4 and %5 store stock before and after</extracomment>
        <translation>Novo pedido %1 na loja: %2 × %3, aguardando pagamento. Estoque na loja %4 → %5.</translation>
    </message>
    <message>
        <source>Store order %1 is paid.</source>
        <translation>O pedido %1 da loja foi pago.</translation>
    </message>
    <message>
        <source>Store order %1 is cancelled; its stock went back to the store.</source>
        <translation>O pedido %1 da loja foi cancelado; o estoque voltou para a loja.</translation>
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
    <message>
        <source>Starting demo shop…</source>
        <extracomment>Status bar while the demo sandbox starts</extracomment>
        <translation>Iniciando a loja demo…</translation>
    </message>
    <message>
        <source>Connected to the demo shop</source>
        <extracomment>Status bar once the demo sandbox is running</extracomment>
        <translation>Conectado à loja demo</translation>
    </message>
    <message>
        <source>Demo shop unavailable</source>
        <translation>Loja demo indisponível</translation>
    </message>
    <message>
        <source>Demo shop stopped</source>
        <translation>Loja demo parada</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Loja demo</translation>
    </message>
    <message>
        <source>The demo shop could not start.</source>
        <translation>Não foi possível iniciar a loja demo.</translation>
    </message>
    <message>
        <source>Puente runs a sample Bsale and Jumpseller on this computer for the demo, with the puente-sandbox program installed next to Puente. The details below say what went wrong.</source>
        <translation>Para a demonstração, o Puente roda um Bsale e um Jumpseller de exemplo neste computador com o programa puente-sandbox, instalado junto ao Puente. Os detalhes abaixo dizem o que deu errado.</translation>
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
