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
