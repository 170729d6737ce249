<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Frontline::App::ClientOptions</name>
    <message>
        <source>Frontline: the offline-first customer-service workstation.</source>
        <translation>Frontline：离线优先的客服工作台。</translation>
    </message>
    <message>
        <source>Work on generated demo data (the default for now).</source>
        <translation>使用生成的演示数据工作（目前为默认）。</translation>
    </message>
    <message>
        <source>Use this cache file instead of the standard one.</source>
        <translation>使用此缓存文件代替标准缓存文件。</translation>
    </message>
    <message>
        <source>Number of demo tickets to generate.</source>
        <translation>要生成的演示工单数量。</translation>
    </message>
    <message>
        <source>Seed of the demo data generator.</source>
        <translation>演示数据生成器的随机种子。</translation>
    </message>
    <message>
        <source>User interface language: en, zh_CN or zh_TW.</source>
        <translation>界面语言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this PNG file, then quit.</source>
        <translation>将主窗口截图保存为此 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not “%2”.</source>
        <translation>--%1 需要一个正整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, zh_CN or zh_TW.</source>
        <translation>未知语言“%1”：请使用 en、zh_CN 或 zh_TW。</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>关于 Frontline(&amp;A)</translation>
    </message>
    <message>
        <source>About Frontline</source>
        <translation>关于 Frontline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Frontline %1&lt;/h3&gt;&lt;p&gt;The offline-first customer-service workstation.&lt;/p&gt;&lt;p&gt;Local cache: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Frontline %1&lt;/h3&gt;&lt;p&gt;离线优先的客服工作台。&lt;/p&gt;&lt;p&gt;本地缓存：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The queue could not be read from the local cache: %1</source>
        <translation>无法从本地缓存读取队列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Models::Labels</name>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <source>Bot hand-off</source>
        <translation>机器人转人工</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
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
        <translation>紧急</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::LocalStore</name>
    <message>
        <source>“%1” is not a Frontline cache file. It was left untouched.</source>
        <translation>“%1”不是 Frontline 缓存文件，未对其做任何改动。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Frontline (cache format %2; this version reads up to %3). It was left untouched; please update Frontline.</source>
        <translation>“%1”由更新版本的 Frontline 写入（缓存格式 %2；本版本最高只能读取 %3）。未对其做任何改动，请更新 Frontline。</translation>
    </message>
    <message>
        <source>The cache file “%1” is damaged (%2). It was left untouched.</source>
        <translation>缓存文件“%1”已损坏（%2），未对其做任何改动。</translation>
    </message>
    <message>
        <source>The cache file “%1” could not be opened: %2</source>
        <translation>无法打开缓存文件“%1”：%2</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待编号</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后到期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA 截止</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::Schema</name>
    <message>
        <source>The local cache has format %1, newer than this version of Frontline reads (%2).</source>
        <translation>本地缓存格式为 %1，比本版本 Frontline 能读取的格式（%2）更新。</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded from version %1 to %2, and was left unchanged: %3</source>
        <translation>本地缓存无法从版本 %1 升级到 %2，已保持原样：%3</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to version %1: %2</source>
        <translation>本地缓存无法升级到版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::ServerConfig</name>
    <message>
        <source>Listen on ADDRESS: an IPv4 or IPv6 address, &quot;localhost&quot; or &quot;any&quot; (default: 127.0.0.1).</source>
        <translation>监听 ADDRESS：IPv4 或 IPv6 地址、“localhost”或“any”（默认：127.0.0.1）。</translation>
    </message>
    <message>
        <source>Listen on TCP port N, 1-65535 (default: 8765).</source>
        <translation>监听 TCP 端口 N，范围 1-65535（默认：8765）。</translation>
    </message>
    <message>
        <source>Keep the server&apos;s data in DIR (default: the application data directory&apos;s &quot;server&quot; folder).</source>
        <translation>将服务器数据保存在 DIR 中（默认：应用数据目录下的“server”文件夹）。</translation>
    </message>
    <message>
        <source>Store data in PostgreSQL at URL, such as postgresql://frontline@db.example.com:5432/frontline (default: an SQLite file in the data directory).</source>
        <translation>将数据存储在 URL 指定的 PostgreSQL 中，例如 postgresql://frontline@db.example.com:5432/frontline（默认：数据目录中的 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Serve wss:// (TLS) with the PEM certificate in FILE; needs --key.</source>
        <translation>使用 FILE 中的 PEM 证书提供 wss://（TLS）服务；需要 --key。</translation>
    </message>
    <message>
        <source>The PEM private key for --certificate.</source>
        <translation>--certificate 对应的 PEM 私钥。</translation>
    </message>
    <message>
        <source>Queue at most N connections not yet accepted, 1-%1 (default: 100).</source>
        <translation>最多排队 N 个尚未接受的连接，范围 1-%1（默认：100）。</translation>
    </message>
    <message>
        <source>Drop connections that take longer than MS milliseconds to complete the WebSocket handshake (default: 10000).</source>
        <translation>断开 WebSocket 握手超过 MS 毫秒仍未完成的连接（默认：10000）。</translation>
    </message>
    <message>
        <source>Refuse frames larger than N bytes, %1-%2 (default: 1048576).</source>
        <translation>拒绝大于 N 字节的帧，范围 %1-%2（默认：1048576）。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Frontline&apos;s central sync server.</source>
        <translation>Frontline 中央同步服务器。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--listen must be an IP address such as 127.0.0.1 or ::1, &quot;localhost&quot; or &quot;any&quot;, not &quot;%1&quot;.</source>
        <translation>--listen 必须是 IP 地址（如 127.0.0.1 或 ::1）、“localhost”或“any”，而不是“%1”。</translation>
    </message>
    <message>
        <source>--database must be a PostgreSQL URL such as postgresql://frontline@localhost:5432/frontline, not &quot;%1&quot;; leave it out to use the embedded SQLite database in the data directory.</source>
        <translation>--database 必须是 PostgreSQL 地址，例如 postgresql://frontline@localhost:5432/frontline，而不是“%1”；省略此选项则使用数据目录中的内置 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>意外的参数“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>--data-dir must name a directory.</source>
        <translation>--data-dir 必须指定一个目录。</translation>
    </message>
    <message>
        <source>--certificate needs --key with the certificate&apos;s private key.</source>
        <translation>--certificate 需要配合 --key 提供证书的私钥。</translation>
    </message>
    <message>
        <source>--key needs --certificate with the matching certificate.</source>
        <translation>--key 需要配合 --certificate 提供对应的证书。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file &quot;%1&quot;.</source>
        <translation>无法读取证书文件“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the private key file &quot;%1&quot;.</source>
        <translation>无法读取私钥文件“%1”。</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::QueueView</name>
    <message>
        <source>Ticket queue</source>
        <translation>工单队列</translation>
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
        <translation>正在准备演示数据…</translation>
    </message>
    <message>
        <source>Demo data · working from the local cache</source>
        <translation>演示数据 · 使用本地缓存工作</translation>
    </message>
    <message>
        <source>Demo data could not be prepared: %1</source>
        <translation>无法准备演示数据：%1</translation>
    </message>
</context>
</TS>
