<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Frontline::App::AttentionNotifier</name>
    <message numerus="yes">
        <source>New ticket(s) for you</source>
        <translation>
            <numerusform>New ticket for you</numerusform>
            <numerusform>New tickets for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA deadline(s)</source>
        <translation>
            <numerusform>SLA deadline</numerusform>
            <numerusform>SLA deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you</source>
        <translation>
            <numerusform>%n ticket assigned to you</numerusform>
            <numerusform>%n tickets assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) due soon</source>
        <translation>
            <numerusform>%n ticket due soon</numerusform>
            <numerusform>%n tickets due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) past the SLA</source>
        <translation>
            <numerusform>%n ticket past the SLA</numerusform>
            <numerusform>%n tickets past the SLA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::App::MainWindow</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notice(s)</source>
        <translation>
            <numerusform>%n new notice</numerusform>
            <numerusform>%n new notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticket(s) shown</source>
        <translation>
            <numerusform>%1 of %n ticket shown</numerusform>
            <numerusform>%1 of %n tickets shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting in your queues</source>
        <translation>
            <numerusform>%n ticket waiting in your queues</numerusform>
            <numerusform>%n tickets waiting in your queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the SLA; the first due was #%1</source>
        <translation>
            <numerusform>%n past the SLA; the first due was #%1</numerusform>
            <numerusform>%n past the SLA; the first due was #%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) reassigned to %1.</source>
        <translation>
            <numerusform>%n ticket reassigned to %1.</numerusform>
            <numerusform>%n tickets reassigned to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Models::CacheRecovery</name>
    <message numerus="yes">
        <source>The local cache was damaged. It was moved to “%1” and a fresh copy is being downloaded; %n change(s) you had not sent yet were kept.</source>
        <translation>
            <numerusform>The local cache was damaged. It was moved to “%1” and a fresh copy is being downloaded; the change you had not sent yet was kept.</numerusform>
            <numerusform>The local cache was damaged. It was moved to “%1” and a fresh copy is being downloaded; %n changes you had not sent yet were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read and were lost.</source>
        <translation>
            <numerusform>%n unsent change could not be read and was lost.</numerusform>
            <numerusform>%n unsent changes could not be read and were lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) about refused changes could not be read.</source>
        <translation>
            <numerusform>%n notice about refused changes could not be read.</numerusform>
            <numerusform>%n notices about refused changes could not be read.</numerusform>
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
    <name>Frontline::Models::TeamQueueModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
<context>
    <name>Frontline::Sync::SyncClient</name>
    <message numerus="yes">
        <source>Too many sign-in attempts; trying again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts; trying again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts; trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Offline · %n change waiting to be sent</numerusform>
            <numerusform>Offline · %n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::CustomerHistoryPanel</name>
    <message numerus="yes">
        <source>%n ticket(s) from your queues are cached; older history needs the server.</source>
        <translation>
            <numerusform>%n ticket from your queues is cached; older history needs the server.</numerusform>
            <numerusform>%n tickets from your queues are cached; older history needs the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete history cached (%n ticket(s)), fetched %1.</source>
        <translation>
            <numerusform>Complete history cached (%n ticket), fetched %1.</numerusform>
            <numerusform>Complete history cached (%n tickets), fetched %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest history cached (%n ticket(s)), fetched %1; older tickets need the server.</source>
        <translation>
            <numerusform>Newest history cached (%n ticket), fetched %1; older tickets need the server.</numerusform>
            <numerusform>Newest history cached (%n tickets), fetched %1; older tickets need the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::KnowledgeBasePanel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::LeadDashboard</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n deadline(s) breached</source>
        <translation>
            <numerusform>Today: %n deadline breached</numerusform>
            <numerusform>Today: %n deadlines breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n rating(s), average %1</source>
        <translation>
            <numerusform>Today: %n rating, average %1</numerusform>
            <numerusform>Today: %n ratings, average %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::ReassignDialog</name>
    <message numerus="yes">
        <source>Give %n ticket(s) to:</source>
        <translation>
            <numerusform>Give %n ticket to:</numerusform>
            <numerusform>Give %n tickets to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::TicketView</name>
    <message numerus="yes">
        <source>%1 and %n other(s) are viewing this ticket</source>
        <translation>
            <numerusform>%1 and %n other are viewing this ticket</numerusform>
            <numerusform>%1 and %n others are viewing this ticket</numerusform>
        </translation>
    </message>
</context>
</TS>
