<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Frontline::App::MainWindow</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Models::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Server::CommandLine</name>
    <message numerus="yes">
        <source>Disabled %1; revoked %n session(s).</source>
        <translation>
            <numerusform>Disabled %1; revoked %n session.</numerusform>
            <numerusform>Disabled %1; revoked %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was disabled already; revoked %n session(s).</source>
        <translation>
            <numerusform>%1 was disabled already; revoked %n session.</numerusform>
            <numerusform>%1 was disabled already; revoked %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the password of %1; revoked %n session(s).</source>
        <translation>
            <numerusform>Changed the password of %1; revoked %n session.</numerusform>
            <numerusform>Changed the password of %1; revoked %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
