<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL" sourcelanguage="en">
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Puente keeps a Bsale ERP and a Jumpseller store in step.</source>
        <translation>Puente mantiene sincronizados un ERP Bsale y una tienda Jumpseller.</translation>
    </message>
    <message>
        <source>User interface language: es (Spanish), pt (Portuguese) or en (English). Default: the system&apos;s language.</source>
        <translation>Idioma de la interfaz: es (español), pt (portugués) o en (inglés). Por defecto: el idioma del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <extracomment>Placeholder for the value of --lang in --help</extracomment>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Start in demo mode, with a sample shop instead of real accounts.</source>
        <translation>Inicia en modo demo, con una tienda de ejemplo en vez de cuentas reales.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use es, pt or en.</source>
        <translation>Idioma desconocido «%1». Usa es, pt o en.</translation>
    </message>
    <message>
        <source>Write a log file (rotated, tokens removed) to %1.</source>
        <translation>Escribe un registro (rotativo, sin tokens) en %1.</translation>
    </message>
    <message>
        <source>Write the log file to this file instead.</source>
        <translation>Escribe el registro en este archivo en lugar de ese.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Placeholder for the value of --log-file in --help</extracomment>
        <translation>archivo</translation>
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
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <extracomment>Age in seconds, e.g. &quot;12 s ago&quot;</extracomment>
        <translation>
            <numerusform>hace %Ln s</numerusform>
            <numerusform>hace %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>Age in minutes, e.g. &quot;3 min ago&quot;</extracomment>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>Age in hours, e.g. &quot;2 h ago&quot;</extracomment>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
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
        <translation>Sincronizando: actualizando el stock en Jumpseller…</translation>
    </message>
    <message>
        <source>Syncing: processing store orders…</source>
        <translation>Sincronizando: procesando los pedidos de la tienda…</translation>
    </message>
    <message>
        <source>Syncing: %1…</source>
        <extracomment>%1 is the internal name of a sync step</extracomment>
        <translation>Sincronizando: %1…</translation>
    </message>
    <message>
        <source>Syncing: reading Bsale%1…</source>
        <extracomment>Status bar: reading the catalogue, stock and prices from Bsale; %1 is a counter or empty</extracomment>
        <translation>Sincronizando: leyendo Bsale%1…</translation>
    </message>
    <message>
        <source>Syncing: reading Jumpseller%1…</source>
        <extracomment>Status bar: reading the store&apos;s catalogue; %1 is a counter or empty</extracomment>
        <translation>Sincronizando: leyendo Jumpseller%1…</translation>
    </message>
    <message>
        <source>Syncing: saving the catalogues…</source>
        <translation>Sincronizando: guardando los catálogos…</translation>
    </message>
    <message>
        <source>Syncing: linking products…</source>
        <translation>Sincronizando: vinculando productos…</translation>
    </message>
    <message>
        <source>Importing products into Jumpseller%1…</source>
        <extracomment>Status bar: creating Bsale products in the store; %1 is a counter or empty</extracomment>
        <translation>Importando productos a Jumpseller%1…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Deteniendo la sincronización…</translation>
    </message>
    <message>
        <source>Sync canceled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>Status bar after a good sync cycle; %1 is the time of day</extracomment>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync at %1 had %Ln problem(s)</source>
        <extracomment>Status bar after a sync cycle with errors; %1 is the time of day</extracomment>
        <translation>
            <numerusform>La sincronización de las %1 tuvo %Ln problema</numerusform>
            <numerusform>La sincronización de las %1 tuvo %Ln problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puente::AboutDialog</name>
    <message>
        <source>About Puente</source>
        <translation>Acerca de Puente</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Puente keeps your Bsale ERP and your Jumpseller store in step: products, stock and the tax documents for every order.</source>
        <translation>Puente mantiene sincronizados tu ERP Bsale y tu tienda Jumpseller: productos, stock y los documentos tributarios de cada pedido.</translation>
    </message>
    <message>
        <source>Copyright © %1 Puente. All rights reserved.</source>
        <translation>Copyright © %1 Puente. Todos los derechos reservados.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose sobre Qt %2.</translation>
    </message>
</context>
<context>
    <name>puente::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Everything Puente did, newest first: stock pushed, orders read, documents issued and errors.</source>
        <translation>Todo lo que hizo Puente, lo más reciente primero: stock enviado, pedidos leídos, documentos emitidos y errores.</translation>
    </message>
    <message>
        <source>All, with details</source>
        <translation>Todo, con detalles</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Información, advertencias y errores</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Which events to list</source>
        <translation>Qué eventos mostrar</translation>
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
        <translation>Aún no hay actividad. Lo que haga Puente aparecerá aquí.</translation>
    </message>
    <message>
        <source>No events at this level. Choose another level above.</source>
        <translation>No hay eventos de este nivel. Elige otro nivel arriba.</translation>
    </message>
</context>
<context>
    <name>puente::CatalogPane</name>
    <message>
        <source>Search by SKU or name</source>
        <translation>Buscar por SKU o nombre</translation>
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
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Needs manual link</source>
        <translation>Requiere vínculo manual</translation>
    </message>
    <message>
        <source>Show only variants in this link state</source>
        <translation>Mostrar solo las variantes en este estado de vínculo</translation>
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
            <numerusform>%Ln mostrada</numerusform>
            <numerusform>%Ln mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puente::CatalogTableModel</name>
    <message>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Needs manual link</source>
        <translation>Vincular a mano</translation>
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
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Select an unlinked variant on the other side and press Link.</source>
        <translation>Selecciona una variante sin vincular del otro lado y presiona Vincular.</translation>
    </message>
    <message>
        <source>Puente could not tell which variant this is: link it by hand.</source>
        <translation>Puente no pudo saber a qué variante corresponde: vincúlala a mano.</translation>
    </message>
    <message>
        <source>Linked to a variant that is no longer in the other catalogue.</source>
        <translation>Vinculada a una variante que ya no está en el otro catálogo.</translation>
    </message>
    <message>
        <source>Linked to “%1”. Double-click to show it.</source>
        <extracomment>%1 is the name of the linked product variant on the other side</extracomment>
        <translation>Vinculada a «%1». Haz doble clic para verla.</translation>
    </message>
</context>
<context>
    <name>puente::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Sync status at a glance: connections, the last run, stock pushed and documents issued today.</source>
        <translation>El estado de la sincronización de un vistazo: conexiones, la última ejecución, el stock enviado y los documentos emitidos hoy.</translation>
    </message>
</context>
<context>
    <name>puente::DemoShopPanel</name>
    <message>
        <source>Demo shop</source>
        <extracomment>Heading of the Dashboard panel in demo mode</extracomment>
        <translation>Tienda demo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Bsale (ERP)</source>
        <translation>Bsale (ERP)</translation>
    </message>
    <message>
        <source>Jumpseller (online store)</source>
        <translation>Jumpseller (tienda en línea)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
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
        <translation>Recepciones de stock</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Pendientes de pago</translation>
    </message>
    <message>
        <source>POS sale</source>
        <extracomment>Button: sells one unit at the counter of the shop&apos;s Bsale (creates a boleta)</extracomment>
        <translation>Venta en caja</translation>
    </message>
    <message>
        <source>Stock reception</source>
        <extracomment>Button: goods arrive at the warehouse in Bsale</extracomment>
        <translation>Recepción de stock</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
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
        <translation>Iniciando la tienda demo…</translation>
    </message>
    <message>
        <source>A sample shop runs on this computer: a fake Bsale and a fake Jumpseller with the same catalogue, no account needed. It disappears when Puente closes. Use the buttons to sell, receive goods and take orders, and watch the numbers change.</source>
        <translation>Una tienda de ejemplo corre en este computador: un Bsale y un Jumpseller simulados con el mismo catálogo, sin necesidad de cuentas. Desaparece al cerrar Puente. Usa los botones para vender, recibir mercadería y tomar pedidos, y mira cómo cambian los números.</translation>
    </message>
    <message>
        <source>The demo shop could not start.</source>
        <translation>No se pudo iniciar la tienda demo.</translation>
    </message>
    <message>
        <source>The demo shop has stopped. Restart Puente with --demo to get a fresh one.</source>
        <translation>La tienda demo se detuvo. Vuelve a abrir Puente con --demo para tener una nueva.</translation>
    </message>
    <message>
        <source>The demo shop refused that: %1</source>
        <extracomment>%1 is the sandbox&apos;s own (English) explanation</extracomment>
        <translation>La tienda demo lo rechazó: %1</translation>
    </message>
    <message>
        <source>POS sale in Bsale: %1 × %2 on boleta no. %3. Bsale stock %4 → %5.</source>
        <extracomment>%1 quantity, %2 SKU, %3 boleta number, %4 and %5 stock before and after</extracomment>
        <translation>Venta en caja en Bsale: %1 × %2 en la boleta n.º %3. Stock en Bsale %4 → %5.</translation>
    </message>
    <message>
        <source>Stock reception in Bsale: %1 × %2. Bsale stock %3 → %4.</source>
        <extracomment>%1 quantity, %2 SKU, %3 and %4 stock before and after</extracomment>
        <translation>Recepción de stock en Bsale: %1 × %2. Stock en Bsale %3 → %4.</translation>
    </message>
    <message>
        <source>New store order %1: %2 × %3, waiting for payment. Store stock %4 → %5.</source>
        <extracomment>%1 order number, %2 quantity, %3 SKU, %4 and %5 store stock before and after</extracomment>
        <translation>Nuevo pedido %1 en la tienda: %2 × %3, esperando el pago. Stock en la tienda %4 → %5.</translation>
    </message>
    <message>
        <source>Store order %1 is paid.</source>
        <translation>El pedido %1 de la tienda está pagado.</translation>
    </message>
    <message>
        <source>Store order %1 is cancelled; its stock went back to the store.</source>
        <translation>El pedido %1 de la tienda se anuló; su stock volvió a la tienda.</translation>
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
        <translation>Boletas, facturas y notas de crédito emitidas para los pedidos de la tienda, y las que necesitan corrección.</translation>
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
        <translation>Inactiva en Bsale</translation>
    </message>
    <message>
        <source>Barcode %1</source>
        <translation>Código de barras %1</translation>
    </message>
    <message>
        <source>Not in the price list</source>
        <translation>No está en la lista de precios</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Available to sell in the Bsale office(s) Puente reads: on hand minus reserved</source>
        <translation>Disponible para vender en las sucursales de Bsale que lee Puente: stock físico menos reservado</translation>
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
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
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
        <translation>Importación</translation>
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
        <translation>No conectado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Puente</source>
        <translation>&amp;Acerca de Puente</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Show Puente</source>
        <extracomment>Tray menu: brings the main window back</extracomment>
        <translation>Mostrar Puente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>Accessible name of the page list on the left</extracomment>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo demo</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Puente: Bsale and Jumpseller in step</source>
        <translation>Puente: Bsale y Jumpseller sincronizados</translation>
    </message>
    <message>
        <source>%1 (demo mode) — %2</source>
        <extracomment>Window title in demo mode: %1 is the current page, %2 the product name (Puente)</extracomment>
        <translation>%1 (modo demo) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: %1 is the current page, %2 the product name (Puente)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Starting demo shop…</source>
        <extracomment>Status bar while the demo sandbox starts</extracomment>
        <translation>Iniciando la tienda demo…</translation>
    </message>
    <message>
        <source>Connected to the demo shop</source>
        <extracomment>Status bar once the demo sandbox is running</extracomment>
        <translation>Conectado a la tienda demo</translation>
    </message>
    <message>
        <source>Demo shop unavailable</source>
        <translation>Tienda demo no disponible</translation>
    </message>
    <message>
        <source>Demo shop stopped</source>
        <translation>Tienda demo detenida</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Tienda demo</translation>
    </message>
    <message>
        <source>The demo shop could not start.</source>
        <translation>No se pudo iniciar la tienda demo.</translation>
    </message>
    <message>
        <source>Puente runs a sample Bsale and Jumpseller on this computer for the demo, with the puente-sandbox program installed next to Puente. The details below say what went wrong.</source>
        <translation>Para la demo, Puente corre un Bsale y un Jumpseller de ejemplo en este computador con el programa puente-sandbox, instalado junto a Puente. Los detalles de abajo dicen qué falló.</translation>
    </message>
    <message>
        <source>⚠ Sync needs attention</source>
        <extracomment>Status bar badge when the sync has errors or Bsale went quiet; the tooltip says why</extracomment>
        <translation>⚠ La sincronización necesita atención</translation>
    </message>
</context>
<context>
    <name>puente::MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation>Mapeos</translation>
    </message>
    <message>
        <source>Match categories, brands and options between Bsale and Jumpseller.</source>
        <translation>Relaciona categorías, marcas y opciones entre Bsale y Jumpseller.</translation>
    </message>
</context>
<context>
    <name>puente::Page</name>
    <message>
        <source>This page arrives in a later version of Puente.</source>
        <translation>Esta página llegará en una próxima versión de Puente.</translation>
    </message>
</context>
<context>
    <name>puente::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Bsale variants and Jumpseller products side by side: link them and see the stock Puente pushes.</source>
        <translation>Variantes de Bsale y productos de Jumpseller lado a lado: vincúlalos y revisa el stock que Puente envía.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Read both catalogues now and push what changed</source>
        <translation>Leer ambos catálogos ahora y enviar lo que cambió</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link the selected Bsale variant with the selected Jumpseller variant</source>
        <translation>Vincular la variante de Bsale seleccionada con la variante de Jumpseller seleccionada</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Remove the link of the selected variant; Puente will not link it again on its own</source>
        <translation>Quitar el vínculo de la variante seleccionada; Puente no la volverá a vincular por su cuenta</translation>
    </message>
    <message>
        <source>Import to Jumpseller</source>
        <translation>Importar a Jumpseller</translation>
    </message>
    <message>
        <source>Create the selected Bsale products in the Jumpseller store</source>
        <translation>Crear en la tienda Jumpseller los productos de Bsale seleccionados</translation>
    </message>
    <message>
        <source>Select a variant on each side to link them. Double-click a linked variant to see its partner.</source>
        <translation>Selecciona una variante de cada lado para vincularlas. Haz doble clic en una variante vinculada para ver su pareja.</translation>
    </message>
    <message>
        <source>No catalogues yet. Connect Bsale and Jumpseller in Settings or open the demo.</source>
        <translation>Aún no hay catálogos. Conecta Bsale y Jumpseller en Configuración o abre la demo.</translation>
    </message>
    <message>
        <source>Loading catalogues…</source>
        <translation>Cargando catálogos…</translation>
    </message>
    <message>
        <source>Could not read the catalogues: %1</source>
        <translation>No se pudieron leer los catálogos: %1</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Connections to Bsale and Jumpseller, the Bsale office, document types and sync options.</source>
        <translation>Conexiones con Bsale y Jumpseller, la sucursal de Bsale, los tipos de documento y las opciones de sincronización.</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
            <numerusform>Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace %Ln hora</numerusform>
            <numerusform>Tu tienda no está recibiendo actualizaciones de stock desde Bsale hace %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first sync…</source>
        <extracomment>Sync health panel before the sync engine reported anything</extracomment>
        <translation>Esperando la primera sincronización…</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <extracomment>%1 is an age such as &quot;12 s ago&quot; or &quot;never&quot;</extracomment>
        <translation>Último éxito: %1</translation>
    </message>
    <message>
        <source>Bsale and Jumpseller are in step.</source>
        <translation>Bsale y Jumpseller están sincronizados.</translation>
    </message>
    <message>
        <source>The sync needs attention: see below.</source>
        <translation>La sincronización necesita atención: revisa abajo.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Sync health of one side: it works</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Errors: %1 in a row, %2 in total</source>
        <extracomment>%1 errors since the last success, %2 errors since Puente started</extracomment>
        <translation>Errores: %1 seguidos, %2 en total</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <extracomment>Sync health of one side: no request to it finished yet</extracomment>
        <translation>Aún sin revisar</translation>
    </message>
</context>
</TS>
