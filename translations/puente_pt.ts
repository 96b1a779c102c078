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
    <message>
        <source>Write a log file (rotated, tokens removed) to %1.</source>
        <translation>Grava um log (rotativo, sem tokens) em %1.</translation>
    </message>
    <message>
        <source>Write the log file to this file instead.</source>
        <translation>Grava o log neste arquivo em vez desse.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Placeholder for the value of --log-file in --help</extracomment>
        <translation>arquivo</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <extracomment>A sync side that never worked yet: &quot;Last success: never&quot;</extracomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <extracomment>Age in seconds, e.g. &quot;12 s ago&quot;</extracomment>
        <translation>
            <numerusform>há %Ln s</numerusform>
            <numerusform>há %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>Age in minutes, e.g. &quot;3 min ago&quot;</extracomment>
        <translation>
            <numerusform>há %Ln min</numerusform>
            <numerusform>há %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>Age in hours, e.g. &quot;2 h ago&quot;</extracomment>
        <translation>
            <numerusform>há %Ln h</numerusform>
            <numerusform>há %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>há %Ln dia</numerusform>
            <numerusform>há %Ln dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStateText</name>
    <message>
        <source> (%1 of %2)</source>
        <extracomment>Progress counter appended to a status text: %1 items done of %2</extracomment>
        <translation> (%1 de %2)</translation>
    </message>
    <message>
        <source>Syncing: updating stock in Jumpseller…</source>
        <translation>Sincronizando: atualizando o estoque no Jumpseller…</translation>
    </message>
    <message>
        <source>Syncing: processing store orders…</source>
        <translation>Sincronizando: processando os pedidos da loja…</translation>
    </message>
    <message>
        <source>Syncing: %1…</source>
        <extracomment>%1 is the internal name of a sync step</extracomment>
        <translation>Sincronizando: %1…</translation>
    </message>
    <message>
        <source>Syncing: reading Bsale%1…</source>
        <extracomment>Status bar: reading the catalogue, stock and prices from Bsale; %1 is a counter or empty</extracomment>
        <translation>Sincronizando: lendo o Bsale%1…</translation>
    </message>
    <message>
        <source>Syncing: reading Jumpseller%1…</source>
        <extracomment>Status bar: reading the store&apos;s catalogue; %1 is a counter or empty</extracomment>
        <translation>Sincronizando: lendo o Jumpseller%1…</translation>
    </message>
    <message>
        <source>Syncing: saving the catalogues…</source>
        <translation>Sincronizando: salvando os catálogos…</translation>
    </message>
    <message>
        <source>Syncing: linking products…</source>
        <translation>Sincronizando: vinculando produtos…</translation>
    </message>
    <message>
        <source>Importing products into Jumpseller%1…</source>
        <extracomment>Status bar: creating Bsale products in the store; %1 is a counter or empty</extracomment>
        <translation>Importando produtos para o Jumpseller%1…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Parando a sincronização…</translation>
    </message>
    <message>
        <source>Sync canceled</source>
        <translation>Sincronização cancelada</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>Status bar after a good sync cycle; %1 is the time of day</extracomment>
        <translation>Sincronizado às %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync at %1 had %Ln problem(s)</source>
        <extracomment>Status bar after a sync cycle with errors; %1 is the time of day</extracomment>
        <translation>
            <numerusform>A sincronização das %1 teve %Ln problema</numerusform>
            <numerusform>A sincronização das %1 teve %Ln problemas</numerusform>
        </translation>
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
    <message>
        <source>All, with details</source>
        <translation>Tudo, com detalhes</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Informações, avisos e erros</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos e erros</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Somente erros</translation>
    </message>
    <message>
        <source>Which events to list</source>
        <translation>Quais eventos mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <extracomment>Number of events listed on the Activity page</extracomment>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity yet. What Puente does will appear here.</source>
        <translation>Ainda não há atividade. O que o Puente fizer aparecerá aqui.</translation>
    </message>
    <message>
        <source>No events at this level. Choose another level above.</source>
        <translation>Não há eventos deste nível. Escolha outro nível acima.</translation>
    </message>
</context>
<context>
    <name>puente::CatalogPane</name>
    <message>
        <source>Search by SKU or name</source>
        <translation>Buscar por SKU ou nome</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculadas</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Sem vínculo</translation>
    </message>
    <message>
        <source>Needs manual link</source>
        <translation>Requer vínculo manual</translation>
    </message>
    <message>
        <source>Show only variants in this link state</source>
        <translation>Mostrar somente as variantes neste estado de vínculo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln variant(s)</source>
        <extracomment>Row count of a catalogue list, e.g. &quot;1.500 variants&quot;; followed by the linked count</extracomment>
        <translation>
            <numerusform>%Ln variante</numerusform>
            <numerusform>%Ln variantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked</source>
        <translation>
            <numerusform>%Ln vinculada</numerusform>
            <numerusform>%Ln vinculadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <extracomment>How many variants the search and filter leave in the list</extracomment>
        <translation>
            <numerusform>%Ln exibida</numerusform>
            <numerusform>%Ln exibidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puente::CatalogTableModel</name>
    <message>
        <source>Not linked</source>
        <translation>Sem vínculo</translation>
    </message>
    <message>
        <source>Needs manual link</source>
        <translation>Vincular à mão</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>Por SKU</translation>
    </message>
    <message>
        <source>By barcode</source>
        <translation>Por código de barras</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nome</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À mão</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Select an unlinked variant on the other side and press Link.</source>
        <translation>Selecione uma variante sem vínculo do outro lado e clique em Vincular.</translation>
    </message>
    <message>
        <source>Puente could not tell which variant this is: link it by hand.</source>
        <translation>O Puente não conseguiu saber a qual variante corresponde: vincule-a à mão.</translation>
    </message>
    <message>
        <source>Linked to a variant that is no longer in the other catalogue.</source>
        <translation>Vinculada a uma variante que não está mais no outro catálogo.</translation>
    </message>
    <message>
        <source>Linked to “%1”. Double-click to show it.</source>
        <extracomment>%1 is the name of the linked product variant on the other side</extracomment>
        <translation>Vinculada a “%1”. Clique duas vezes para vê-la.</translation>
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
    <name>puente::ErpCatalogModel</name>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>Inactive in Bsale</source>
        <translation>Inativa no Bsale</translation>
    </message>
    <message>
        <source>Barcode %1</source>
        <translation>Código de barras %1</translation>
    </message>
    <message>
        <source>Not in the price list</source>
        <translation>Não está na lista de preços</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Available to sell in the Bsale office(s) Puente reads: on hand minus reserved</source>
        <translation>Disponível para venda nas filiais do Bsale que o Puente lê: estoque físico menos reservado</translation>
    </message>
</context>
<context>
    <name>puente::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
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
    <message>
        <source>⚠ Sync needs attention</source>
        <extracomment>Status bar badge when the sync has errors or Bsale went quiet; the tooltip says why</extracomment>
        <translation>⚠ A sincronização precisa de atenção</translation>
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
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Read both catalogues now and push what changed</source>
        <translation>Ler os dois catálogos agora e enviar o que mudou</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link the selected Bsale variant with the selected Jumpseller variant</source>
        <translation>Vincular a variante do Bsale selecionada à variante do Jumpseller selecionada</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Remove the link of the selected variant; Puente will not link it again on its own</source>
        <translation>Remover o vínculo da variante selecionada; o Puente não a vinculará de novo por conta própria</translation>
    </message>
    <message>
        <source>Import to Jumpseller</source>
        <translation>Importar para o Jumpseller</translation>
    </message>
    <message>
        <source>Create the selected Bsale products in the Jumpseller store</source>
        <translation>Criar na loja Jumpseller os produtos do Bsale selecionados</translation>
    </message>
    <message>
        <source>Select a variant on each side to link them. Double-click a linked variant to see its partner.</source>
        <translation>Selecione uma variante de cada lado para vinculá-las. Clique duas vezes numa variante vinculada para ver seu par.</translation>
    </message>
    <message>
        <source>No catalogues yet. Connect Bsale and Jumpseller in Settings or open the demo.</source>
        <translation>Ainda não há catálogos. Conecte o Bsale e o Jumpseller em Configurações ou abra a demonstração.</translation>
    </message>
    <message>
        <source>Loading catalogues…</source>
        <translation>Carregando catálogos…</translation>
    </message>
    <message>
        <source>Could not read the catalogues: %1</source>
        <translation>Não foi possível ler os catálogos: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
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
<context>
    <name>puente::StoreCatalogModel</name>
    <message>
        <source>Barcode %1</source>
        <translation>Código de barras %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
</context>
<context>
    <name>puente::SyncHealthPanel</name>
    <message numerus="yes">
        <source>Your store has not received stock updates from Bsale for %Ln hour(s)</source>
        <extracomment>Shown when Bsale has sent no stock movement for hours (Bsale&apos;s own app says the same)</extracomment>
        <translation>
            <numerusform>Sua loja não recebe atualizações de estoque do Bsale há %Ln hora</numerusform>
            <numerusform>Sua loja não recebe atualizações de estoque do Bsale há %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first sync…</source>
        <extracomment>Sync health panel before the sync engine reported anything</extracomment>
        <translation>Aguardando a primeira sincronização…</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <extracomment>%1 is an age such as &quot;12 s ago&quot; or &quot;never&quot;</extracomment>
        <translation>Último sucesso: %1</translation>
    </message>
    <message>
        <source>Bsale and Jumpseller are in step.</source>
        <translation>O Bsale e o Jumpseller estão em sincronia.</translation>
    </message>
    <message>
        <source>The sync needs attention: see below.</source>
        <translation>A sincronização precisa de atenção: veja abaixo.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Sync health of one side: it works</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Com erros</translation>
    </message>
    <message>
        <source>Errors: %1 in a row, %2 in total</source>
        <extracomment>%1 errors since the last success, %2 errors since Puente started</extracomment>
        <translation>Erros: %1 seguidos, %2 no total</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <extracomment>Sync health of one side: no request to it finished yet</extracomment>
        <translation>Ainda não verificado</translation>
    </message>
</context>
</TS>
