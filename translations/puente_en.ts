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
</TS>
