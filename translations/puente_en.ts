<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Puente keeps a Bsale ERP and a Jumpseller store in step.</source>
        <translation>Puente keeps a Bsale ERP and a Jumpseller store in step.</translation>
    </message>
    <message>
        <source>User interface language: es (Spanish), pt (Portuguese) or en (English). Default: the system&apos;s language.</source>
        <translation>User interface language: es (Spanish), pt (Portuguese) or en (English). Default: the system&apos;s language.</translation>
    </message>
    <message>
        <source>language</source>
        <extracomment>Placeholder for the value of --lang in --help</extracomment>
        <translation>language</translation>
    </message>
    <message>
        <source>Start in demo mode, with a sample shop instead of real accounts.</source>
        <translation>Start in demo mode, with a sample shop instead of real accounts.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use es, pt or en.</source>
        <translation>Unknown language &quot;%1&quot;. Use es, pt or en.</translation>
    </message>
    <message>
        <source>Write a log file (rotated, tokens removed) to %1.</source>
        <translation>Write a log file (rotated, tokens removed) to %1.</translation>
    </message>
    <message>
        <source>Write the log file to this file instead.</source>
        <translation>Write the log file to this file instead.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Placeholder for the value of --log-file in --help</extracomment>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <extracomment>A sync side that never worked yet: &quot;Last success: never&quot;</extracomment>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <extracomment>Age in seconds, e.g. &quot;12 s ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln s ago</numerusform>
            <numerusform>%Ln s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <extracomment>Age in minutes, e.g. &quot;3 min ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <extracomment>Age in hours, e.g. &quot;2 h ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStateText</name>
    <message>
        <source> (%1 of %2)</source>
        <extracomment>Progress counter appended to a status text: %1 items done of %2</extracomment>
        <translation> (%1 of %2)</translation>
    </message>
    <message>
        <source>Syncing: updating stock in Jumpseller…</source>
        <translation>Syncing: updating stock in Jumpseller…</translation>
    </message>
    <message>
        <source>Syncing: processing store orders…</source>
        <translation>Syncing: processing store orders…</translation>
    </message>
    <message>
        <source>Syncing: %1…</source>
        <extracomment>%1 is the internal name of a sync step</extracomment>
        <translation>Syncing: %1…</translation>
    </message>
    <message>
        <source>Syncing: reading Bsale%1…</source>
        <extracomment>Status bar: reading the catalogue, stock and prices from Bsale; %1 is a counter or empty</extracomment>
        <translation>Syncing: reading Bsale%1…</translation>
    </message>
    <message>
        <source>Syncing: reading Jumpseller%1…</source>
        <extracomment>Status bar: reading the store&apos;s catalogue; %1 is a counter or empty</extracomment>
        <translation>Syncing: reading Jumpseller%1…</translation>
    </message>
    <message>
        <source>Syncing: saving the catalogues…</source>
        <translation>Syncing: saving the catalogues…</translation>
    </message>
    <message>
        <source>Syncing: linking products…</source>
        <translation>Syncing: linking products…</translation>
    </message>
    <message>
        <source>Importing products into Jumpseller%1…</source>
        <extracomment>Status bar: creating Bsale products in the store; %1 is a counter or empty</extracomment>
        <translation>Importing products into Jumpseller%1…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Stopping the sync…</translation>
    </message>
    <message>
        <source>Sync canceled</source>
        <translation>Sync canceled</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>Status bar after a good sync cycle; %1 is the time of day</extracomment>
        <translation>Synced at %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync at %1 had %Ln problem(s)</source>
        <extracomment>Status bar after a sync cycle with errors; %1 is the time of day</extracomment>
        <translation>
            <numerusform>Sync at %1 had %Ln problem</numerusform>
            <numerusform>Sync at %1 had %Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puente::AboutDialog</name>
    <message>
        <source>About Puente</source>
        <translation>About Puente</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Puente keeps your Bsale ERP and your Jumpseller store in step: products, stock and the tax documents for every order.</source>
        <translation>Puente keeps your Bsale ERP and your Jumpseller store in step: products, stock and the tax documents for every order.</translation>
    </message>
    <message>
        <source>Copyright © %1 Puente. All rights reserved.</source>
        <translation>Copyright © %1 Puente. All rights reserved.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
</context>
<context>
    <name>puente::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Everything Puente did, newest first: stock pushed, orders read, documents issued and errors.</source>
        <translation>Everything Puente did, newest first: stock pushed, orders read, documents issued and errors.</translation>
    </message>
    <message>
        <source>All, with details</source>
        <translation>All, with details</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Information and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Which events to list</source>
        <translation>Which events to list</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <extracomment>Number of events listed on the Activity page</extracomment>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity yet. What Puente does will appear here.</source>
        <translation>No activity yet. What Puente does will appear here.</translation>
    </message>
    <message>
        <source>No events at this level. Choose another level above.</source>
        <translation>No events at this level. Choose another level above.</translation>
    </message>
</context>
<context>
    <name>puente::CatalogPane</name>
    <message>
        <source>Search by SKU or name</source>
        <translation>Search by SKU or name</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>Needs manual link</source>
        <translation>Needs manual link</translation>
    </message>
    <message>
        <source>Show only variants in this link state</source>
        <translation>Show only variants in this link state</translation>
    </message>
    <message numerus="yes">
        <source>%Ln variant(s)</source>
        <extracomment>Row count of a catalogue list, e.g. &quot;1.500 variants&quot;; followed by the linked count</extracomment>
        <translation>
            <numerusform>%Ln variant</numerusform>
            <numerusform>%Ln variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked</source>
        <translation>
            <numerusform>%Ln linked</numerusform>
            <numerusform>%Ln linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <extracomment>How many variants the search and filter leave in the list</extracomment>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puente::CatalogTableModel</name>
    <message>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>Needs manual link</source>
        <translation>Needs manual link</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>By SKU</translation>
    </message>
    <message>
        <source>By barcode</source>
        <translation>By barcode</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Select an unlinked variant on the other side and press Link.</source>
        <translation>Select an unlinked variant on the other side and press Link.</translation>
    </message>
    <message>
        <source>Puente could not tell which variant this is: link it by hand.</source>
        <translation>Puente could not tell which variant this is: link it by hand.</translation>
    </message>
    <message>
        <source>Linked to a variant that is no longer in the other catalogue.</source>
        <translation>Linked to a variant that is no longer in the other catalogue.</translation>
    </message>
    <message>
        <source>Linked to “%1”. Double-click to show it.</source>
        <extracomment>%1 is the name of the linked product variant on the other side</extracomment>
        <translation>Linked to “%1”. Double-click to show it.</translation>
    </message>
</context>
<context>
    <name>puente::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Sync status at a glance: connections, the last run, stock pushed and documents issued today.</source>
        <translation>Sync status at a glance: connections, the last run, stock pushed and documents issued today.</translation>
    </message>
</context>
<context>
    <name>puente::DemoShopPanel</name>
    <message>
        <source>Demo shop</source>
        <extracomment>Heading of the Dashboard panel in demo mode</extracomment>
        <translation>Demo shop</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Bsale (ERP)</source>
        <translation>Bsale (ERP)</translation>
    </message>
    <message>
        <source>Jumpseller (online store)</source>
        <translation>Jumpseller (online store)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Stock receptions</source>
        <translation>Stock receptions</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <source>POS sale</source>
        <extracomment>Button: sells one unit at the counter of the shop&apos;s Bsale (creates a boleta)</extracomment>
        <translation>POS sale</translation>
    </message>
    <message>
        <source>Stock reception</source>
        <extracomment>Button: goods arrive at the warehouse in Bsale</extracomment>
        <translation>Stock reception</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>Pay order</source>
        <extracomment>Button: the customer pays the newest pending store order</extracomment>
        <translation>Pay order</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Starting demo shop…</source>
        <translation>Starting demo shop…</translation>
    </message>
    <message>
        <source>A sample shop runs on this computer: a fake Bsale and a fake Jumpseller with the same catalogue, no account needed. It disappears when Puente closes. Use the buttons to sell, receive goods and take orders, and watch the numbers change.</source>
        <translation>A sample shop runs on this computer: a fake Bsale and a fake Jumpseller with the same catalogue, no account needed. It disappears when Puente closes. Use the buttons to sell, receive goods and take orders, and watch the numbers change.</translation>
    </message>
    <message>
        <source>The demo shop could not start.</source>
        <translation>The demo shop could not start.</translation>
    </message>
    <message>
        <source>The demo shop has stopped. Restart Puente with --demo to get a fresh one.</source>
        <translation>The demo shop has stopped. Restart Puente with --demo to get a fresh one.</translation>
    </message>
    <message>
        <source>The demo shop refused that: %1</source>
        <extracomment>%1 is the sandbox&apos;s own (English) explanation</extracomment>
        <translation>The demo shop refused that: %1</translation>
    </message>
    <message>
        <source>POS sale in Bsale: %1 × %2 on boleta no. %3. Bsale stock %4 → %5.</source>
        <extracomment>%1 quantity, %2 SKU, %3 boleta number, %4 and %5 stock before and after</extracomment>
        <translation>POS sale in Bsale: %1 × %2 on boleta no. %3. Bsale stock %4 → %5.</translation>
    </message>
    <message>
        <source>Stock reception in Bsale: %1 × %2. Bsale stock %3 → %4.</source>
        <extracomment>%1 quantity, %2 SKU, %3 and %4 stock before and after</extracomment>
        <translation>Stock reception in Bsale: %1 × %2. Bsale stock %3 → %4.</translation>
    </message>
    <message>
        <source>New store order %1: %2 × %3, waiting for payment. Store stock %4 → %5.</source>
        <extracomment>%1 order number, %2 quantity, %3 SKU, %4 and %5 store stock before and after</extracomment>
        <translation>New store order %1: %2 × %3, waiting for payment. Store stock %4 → %5.</translation>
    </message>
    <message>
        <source>Store order %1 is paid.</source>
        <translation>Store order %1 is paid.</translation>
    </message>
    <message>
        <source>Store order %1 is cancelled; its stock went back to the store.</source>
        <translation>Store order %1 is cancelled; its stock went back to the store.</translation>
    </message>
</context>
<context>
    <name>puente::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Boletas, facturas and credit notes issued for store orders, and the ones that need a fix.</source>
        <translation>Boletas, facturas and credit notes issued for store orders, and the ones that need a fix.</translation>
    </message>
</context>
<context>
    <name>puente::ErpCatalogModel</name>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Inactive in Bsale</source>
        <translation>Inactive in Bsale</translation>
    </message>
    <message>
        <source>Barcode %1</source>
        <translation>Barcode %1</translation>
    </message>
    <message>
        <source>Not in the price list</source>
        <translation>Not in the price list</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Available to sell in the Bsale office(s) Puente reads: on hand minus reserved</source>
        <translation>Available to sell in the Bsale office(s) Puente reads: on hand minus reserved</translation>
    </message>
</context>
<context>
    <name>puente::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
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
        <translation>Orders</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>puente::MainWindow</name>
    <message>
        <source>Not connected</source>
        <extracomment>Status bar: no Bsale or Jumpseller account is connected yet</extracomment>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Puente</source>
        <translation>&amp;About Puente</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Show Puente</source>
        <extracomment>Tray menu: brings the main window back</extracomment>
        <translation>Show Puente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>Accessible name of the page list on the left</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Puente: Bsale and Jumpseller in step</source>
        <translation>Puente: Bsale and Jumpseller in step</translation>
    </message>
    <message>
        <source>%1 (demo mode) — %2</source>
        <extracomment>Window title in demo mode: %1 is the current page, %2 the product name (Puente)</extracomment>
        <translation>%1 (demo mode) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: %1 is the current page, %2 the product name (Puente)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Starting demo shop…</source>
        <extracomment>Status bar while the demo sandbox starts</extracomment>
        <translation>Starting demo shop…</translation>
    </message>
    <message>
        <source>Connected to the demo shop</source>
        <extracomment>Status bar once the demo sandbox is running</extracomment>
        <translation>Connected to the demo shop</translation>
    </message>
    <message>
        <source>Demo shop unavailable</source>
        <translation>Demo shop unavailable</translation>
    </message>
    <message>
        <source>Demo shop stopped</source>
        <translation>Demo shop stopped</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo shop</translation>
    </message>
    <message>
        <source>The demo shop could not start.</source>
        <translation>The demo shop could not start.</translation>
    </message>
    <message>
        <source>Puente runs a sample Bsale and Jumpseller on this computer for the demo, with the puente-sandbox program installed next to Puente. The details below say what went wrong.</source>
        <translation>Puente runs a sample Bsale and Jumpseller on this computer for the demo, with the puente-sandbox program installed next to Puente. The details below say what went wrong.</translation>
    </message>
    <message>
        <source>⚠ Sync needs attention</source>
        <extracomment>Status bar badge when the sync has errors or Bsale went quiet; the tooltip says why</extracomment>
        <translation>⚠ Sync needs attention</translation>
    </message>
</context>
<context>
    <name>puente::MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation>Mappings</translation>
    </message>
    <message>
        <source>Match categories, brands and options between Bsale and Jumpseller.</source>
        <translation>Match categories, brands and options between Bsale and Jumpseller.</translation>
    </message>
</context>
<context>
    <name>puente::Page</name>
    <message>
        <source>This page arrives in a later version of Puente.</source>
        <translation>This page arrives in a later version of Puente.</translation>
    </message>
</context>
<context>
    <name>puente::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Bsale variants and Jumpseller products side by side: link them and see the stock Puente pushes.</source>
        <translation>Bsale variants and Jumpseller products side by side: link them and see the stock Puente pushes.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Read both catalogues now and push what changed</source>
        <translation>Read both catalogues now and push what changed</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link the selected Bsale variant with the selected Jumpseller variant</source>
        <translation>Link the selected Bsale variant with the selected Jumpseller variant</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Remove the link of the selected variant; Puente will not link it again on its own</source>
        <translation>Remove the link of the selected variant; Puente will not link it again on its own</translation>
    </message>
    <message>
        <source>Import to Jumpseller</source>
        <translation>Import to Jumpseller</translation>
    </message>
    <message>
        <source>Create the selected Bsale products in the Jumpseller store</source>
        <translation>Create the selected Bsale products in the Jumpseller store</translation>
    </message>
    <message>
        <source>Select a variant on each side to link them. Double-click a linked variant to see its partner.</source>
        <translation>Select a variant on each side to link them. Double-click a linked variant to see its partner.</translation>
    </message>
    <message>
        <source>No catalogues yet. Connect Bsale and Jumpseller in Settings or open the demo.</source>
        <translation>No catalogues yet. Connect Bsale and Jumpseller in Settings or open the demo.</translation>
    </message>
    <message>
        <source>Loading catalogues…</source>
        <translation>Loading catalogues…</translation>
    </message>
    <message>
        <source>Could not read the catalogues: %1</source>
        <translation>Could not read the catalogues: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>puente::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Connections to Bsale and Jumpseller, the Bsale office, document types and sync options.</source>
        <translation>Connections to Bsale and Jumpseller, the Bsale office, document types and sync options.</translation>
    </message>
</context>
<context>
    <name>puente::StoreCatalogModel</name>
    <message>
        <source>Barcode %1</source>
        <translation>Barcode %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>puente::SyncHealthPanel</name>
    <message numerus="yes">
        <source>Your store has not received stock updates from Bsale for %Ln hour(s)</source>
        <extracomment>Shown when Bsale has sent no stock movement for hours (Bsale&apos;s own app says the same)</extracomment>
        <translation>
            <numerusform>Your store has not received stock updates from Bsale for %Ln hour</numerusform>
            <numerusform>Your store has not received stock updates from Bsale for %Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first sync…</source>
        <extracomment>Sync health panel before the sync engine reported anything</extracomment>
        <translation>Waiting for the first sync…</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <extracomment>%1 is an age such as &quot;12 s ago&quot; or &quot;never&quot;</extracomment>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <source>Bsale and Jumpseller are in step.</source>
        <translation>Bsale and Jumpseller are in step.</translation>
    </message>
    <message>
        <source>The sync needs attention: see below.</source>
        <translation>The sync needs attention: see below.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Sync health of one side: it works</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Failing</translation>
    </message>
    <message>
        <source>Errors: %1 in a row, %2 in total</source>
        <extracomment>%1 errors since the last success, %2 errors since Puente started</extracomment>
        <translation>Errors: %1 in a row, %2 in total</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Sync health</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <extracomment>Sync health of one side: no request to it finished yet</extracomment>
        <translation>Not checked yet</translation>
    </message>
</context>
</TS>
