<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Frontline::App::ClientOptions</name>
    <message>
        <source>Frontline: the offline-first customer-service workstation.</source>
        <translation>Frontline：離線優先的客服工作台。</translation>
    </message>
    <message>
        <source>Work on generated demo data (the default for now).</source>
        <translation>使用產生的示範資料工作（目前為預設）。</translation>
    </message>
    <message>
        <source>Use this cache file instead of the standard one.</source>
        <translation>使用此快取檔案取代標準快取檔案。</translation>
    </message>
    <message>
        <source>Number of demo tickets to generate.</source>
        <translation>要產生的示範工單數量。</translation>
    </message>
    <message>
        <source>Seed of the demo data generator.</source>
        <translation>示範資料產生器的亂數種子。</translation>
    </message>
    <message>
        <source>User interface language: en, zh_CN or zh_TW.</source>
        <translation>介面語言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this PNG file, then quit.</source>
        <translation>將主視窗截圖儲存為此 PNG 檔案，然後結束。</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not “%2”.</source>
        <translation>--%1 需要一個正整數，而不是「%2」。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, zh_CN or zh_TW.</source>
        <translation>未知語言「%1」：請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
</context>
<context>
    <name>Frontline::App::MainWindow</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>關於 Frontline(&amp;A)</translation>
    </message>
    <message>
        <source>About Frontline</source>
        <translation>關於 Frontline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Frontline %1&lt;/h3&gt;&lt;p&gt;The offline-first customer-service workstation.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Frontline %1&lt;/h3&gt;&lt;p&gt;離線優先的客服工作台。&lt;/p&gt;&lt;p&gt;本機快取：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The queue could not be read from the local cache: %1</source>
        <translation>無法從本機快取讀取佇列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 張工單</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Models::Labels</name>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>網頁表單</translation>
    </message>
    <message>
        <source>Bot hand-off</source>
        <translation>機器人轉真人</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待回覆</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>組長</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::LocalStore</name>
    <message>
        <source>“%1” is not a Frontline cache file. It was left untouched.</source>
        <translation>「%1」不是 Frontline 快取檔案，未對其做任何變更。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Frontline (cache format %2; this version reads up to %3). It was left untouched; please update Frontline.</source>
        <translation>「%1」由較新版本的 Frontline 寫入（快取格式 %2；本版本最高只能讀取 %3）。未對其做任何變更，請更新 Frontline。</translation>
    </message>
    <message>
        <source>The cache file “%1” is damaged (%2). It was left untouched.</source>
        <translation>快取檔案「%1」已損毀（%2），未對其做任何變更。</translation>
    </message>
    <message>
        <source>The cache file “%1” could not be opened: %2</source>
        <translation>無法開啟快取檔案「%1」：%2</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>無法建立其所在資料夾</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小時%2分</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待編號</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已逾時 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後到期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 截止</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1天%2小時</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::Schema</name>
    <message>
        <source>The local cache has format %1, newer than this version of Frontline reads (%2).</source>
        <translation>本機快取格式為 %1，比本版本 Frontline 能讀取的格式（%2）更新。</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded from version %1 to %2, and was left unchanged: %3</source>
        <translation>本機快取無法從版本 %1 升級到 %2，已保持原樣：%3</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to version %1: %2</source>
        <translation>本機快取無法升級到版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::ServerConfig</name>
    <message>
        <source>Listen on ADDRESS: an IPv4 or IPv6 address, &quot;localhost&quot; or &quot;any&quot; (default: 127.0.0.1).</source>
        <translation>監聽 ADDRESS：IPv4 或 IPv6 位址、「localhost」或「any」（預設：127.0.0.1）。</translation>
    </message>
    <message>
        <source>Listen on TCP port N, 1-65535 (default: 8765).</source>
        <translation>監聽 TCP 連接埠 N，範圍 1-65535（預設：8765）。</translation>
    </message>
    <message>
        <source>Keep the server&apos;s data in DIR (default: the application data directory&apos;s &quot;server&quot; folder).</source>
        <translation>將伺服器資料儲存在 DIR 中（預設：應用程式資料目錄下的「server」資料夾）。</translation>
    </message>
    <message>
        <source>Store data in PostgreSQL at URL, such as postgresql://frontline@db.example.com:5432/frontline (default: an SQLite file in the data directory).</source>
        <translation>將資料儲存在 URL 指定的 PostgreSQL 中，例如 postgresql://frontline@db.example.com:5432/frontline（預設：資料目錄中的 SQLite 檔案）。</translation>
    </message>
    <message>
        <source>Serve wss:// (TLS) with the PEM certificate in FILE; needs --key.</source>
        <translation>使用 FILE 中的 PEM 憑證提供 wss://（TLS）服務；需要 --key。</translation>
    </message>
    <message>
        <source>The PEM private key for --certificate.</source>
        <translation>--certificate 對應的 PEM 私鑰。</translation>
    </message>
    <message>
        <source>Queue at most N connections not yet accepted, 1-%1 (default: 100).</source>
        <translation>最多排隊 N 個尚未接受的連線，範圍 1-%1（預設：100）。</translation>
    </message>
    <message>
        <source>Drop connections that take longer than MS milliseconds to complete the WebSocket handshake (default: 10000).</source>
        <translation>中斷 WebSocket 交握超過 MS 毫秒仍未完成的連線（預設：10000）。</translation>
    </message>
    <message>
        <source>Refuse frames larger than N bytes, %1-%2 (default: 1048576).</source>
        <translation>拒絕大於 N 位元組的訊框，範圍 %1-%2（預設：1048576）。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>顯示此說明並結束。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>顯示版本並結束。</translation>
    </message>
    <message>
        <source>Frontline&apos;s central sync server.</source>
        <translation>Frontline 中央同步伺服器。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必須是 %2 到 %3 之間的整數，而不是「%4」。</translation>
    </message>
    <message>
        <source>--listen must be an IP address such as 127.0.0.1 or ::1, &quot;localhost&quot; or &quot;any&quot;, not &quot;%1&quot;.</source>
        <translation>--listen 必須是 IP 位址（如 127.0.0.1 或 ::1）、「localhost」或「any」，而不是「%1」。</translation>
    </message>
    <message>
        <source>--database must be a PostgreSQL URL such as postgresql://frontline@localhost:5432/frontline, not &quot;%1&quot;; leave it out to use the embedded SQLite database in the data directory.</source>
        <translation>--database 必須是 PostgreSQL 位址，例如 postgresql://frontline@localhost:5432/frontline，而不是「%1」；省略此選項則使用資料目錄中的內建 SQLite 資料庫。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>非預期的引數「%1」；請參閱 --help。</translation>
    </message>
    <message>
        <source>--data-dir must name a directory.</source>
        <translation>--data-dir 必須指定一個目錄。</translation>
    </message>
    <message>
        <source>--certificate needs --key with the certificate&apos;s private key.</source>
        <translation>--certificate 需要搭配 --key 提供憑證的私鑰。</translation>
    </message>
    <message>
        <source>--key needs --certificate with the matching certificate.</source>
        <translation>--key 需要搭配 --certificate 提供對應的憑證。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file &quot;%1&quot;.</source>
        <translation>無法讀取憑證檔案「%1」。</translation>
    </message>
    <message>
        <source>Cannot read the private key file &quot;%1&quot;.</source>
        <translation>無法讀取私鑰檔案「%1」。</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::QueueView</name>
    <message>
        <source>Ticket queue</source>
        <translation>工單佇列</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>正在準備示範資料…</translation>
    </message>
    <message>
        <source>Demo data · working from the local cache</source>
        <translation>示範資料 · 使用本機快取工作</translation>
    </message>
    <message>
        <source>Demo data could not be prepared: %1</source>
        <translation>無法準備示範資料：%1</translation>
    </message>
</context>
</TS>
