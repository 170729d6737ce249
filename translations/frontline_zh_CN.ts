<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Frontline::App::AttentionNotifier</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>When a Ticket Is &amp;Assigned to Me</source>
        <translation>有工单分配给我时(&amp;A)</translation>
    </message>
    <message>
        <source>A desktop notification when someone else gives you a ticket</source>
        <translation>他人将工单分配给您时显示桌面通知</translation>
    </message>
    <message>
        <source>When an &amp;SLA Deadline Is Near or Missed</source>
        <translation>SLA 即将到期或已超时时(&amp;S)</translation>
    </message>
    <message>
        <source>A desktop notification when one of your tickets, or one waiting in your queues, is due within 15 minutes or past its deadline</source>
        <translation>您的工单或您队列中等待的工单在 15 分钟内到期或已超时时显示桌面通知</translation>
    </message>
    <message numerus="yes">
        <source>New ticket(s) for you</source>
        <translation>
            <numerusform>有新工单分配给您</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA deadline(s)</source>
        <translation>
            <numerusform>SLA 截止时间</numerusform>
        </translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you</source>
        <translation>
            <numerusform>%n 个工单分配给了您</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) due soon</source>
        <translation>
            <numerusform>%n 个工单即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) past the SLA</source>
        <translation>
            <numerusform>%n 个工单已超出 SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>分配给您：%1</translation>
    </message>
    <message>
        <source>Due at %1: %2</source>
        <translation>%1 到期：%2</translation>
    </message>
    <message>
        <source>Past the SLA since %1: %2</source>
        <translation>自 %1 起已超出 SLA：%2</translation>
    </message>
</context>
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
    <message>
        <source>Sign in to the Frontline server at URL (ws:// or wss://) and sync with it.</source>
        <translation>登录到位于 URL（ws:// 或 wss://）的 Frontline 服务器并与其同步。</translation>
    </message>
    <message>
        <source>The user name to sign in with (with --server).</source>
        <translation>登录所用的用户名（与 --server 一起使用）。</translation>
    </message>
    <message>
        <source>--server needs a ws:// or wss:// address such as ws://127.0.0.1:8765, not “%1”.</source>
        <translation>--server 需要 ws:// 或 wss:// 地址，例如 ws://127.0.0.1:8765，而不是“%1”。</translation>
    </message>
    <message>
        <source>--server needs --user with the user name to sign in with.</source>
        <translation>--server 需要配合 --user 指定登录所用的用户名。</translation>
    </message>
    <message>
        <source>Open the team dashboard once signed in (team leads); with --screenshot, the picture is of the dashboard.</source>
        <translation>登录后打开团队仪表板（组长）；与 --screenshot 同用时截取仪表板。</translation>
    </message>
</context>
<context>
    <name>Frontline::App::CredentialStore</name>
    <message>
        <source>No system keychain is available: you will be asked for your password again next time.</source>
        <translation>没有可用的系统钥匙串：下次仍会要求您输入密码。</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customer History</source>
        <translation>客户历史(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notices…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Customer History</source>
        <translation>客户历史</translation>
    </message>
    <message numerus="yes">
        <source>%n new notice(s)</source>
        <translation>
            <numerusform>%n 条新通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>What the server refused, and the text to recover (Ctrl+Shift+N)</source>
        <translation>服务器拒绝了什么，以及可找回的文字（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Search the Knowledge Base</source>
        <translation>搜索知识库(&amp;S)</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>Take &amp;Next</source>
        <translation>领取下一个(&amp;N)</translation>
    </message>
    <message>
        <source>The server gives you the most urgent unassigned ticket of your queues (Ctrl+N)</source>
        <translation>服务器为您分配所在队列中最紧急的未分配工单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Asking the server for the next ticket…</source>
        <translation>正在向服务器领取下一个工单…</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <source>Take the selected ticket; works offline and is sent when the server is back (Ctrl+Shift+C)</source>
        <translation>认领所选工单；离线时也可操作，服务器恢复后自动发送（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Ticket %1 claimed.</source>
        <translation>已认领工单 %1。</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Ticket %1 is yours.</source>
        <translation>工单 %1 已分配给您。</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Internal &amp;Note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>无法保存您的草稿：%1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Filter the Queue</source>
        <translation>筛选队列(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticket(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting in your queues</source>
        <translation>
            <numerusform>您的队列中有 %n 个工单等待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the SLA; the first due was #%1</source>
        <translation>
            <numerusform>%n 个已超出 SLA；最早到期的是 #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Next SLA due %1 (#%2)</source>
        <translation>下一个 SLA 截止：%1（#%2）</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>设置优先级(&amp;P)</translation>
    </message>
    <message>
        <source>Edit T&amp;ags</source>
        <translation>编辑标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转移(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>记录通话(&amp;L)…</translation>
    </message>
    <message>
        <source>Log Call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <source>Keep a phone call with the customer in the ticket&apos;s thread (Ctrl+Shift+L)</source>
        <translation>在工单对话中记录与客户的通话 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>New Ticket for the C&amp;ustomer…</source>
        <translation>为该客户新建工单(&amp;U)…</translation>
    </message>
    <message>
        <source>New Ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <source>Open a new ticket for the open ticket&apos;s customer (Ctrl+Shift+O)</source>
        <translation>为当前工单的客户新建工单 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>The ticket moves to the %1 queue.</source>
        <translation>工单将转到“%1”队列。</translation>
    </message>
    <message>
        <source>The call is logged in the ticket&apos;s thread.</source>
        <translation>通话已记录在工单对话中。</translation>
    </message>
    <message>
        <source>New ticket “%1”: the server gives it its number.</source>
        <translation>新工单“%1”：编号由服务器分配。</translation>
    </message>
    <message>
        <source>Rec&amp;ord Satisfaction…</source>
        <translation>记录满意度(&amp;O)…</translation>
    </message>
    <message>
        <source>Record the customer&apos;s rating of the solved ticket (Ctrl+Shift+A)</source>
        <translation>记录客户对已解决工单的评分 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>My &amp;Status</source>
        <translation>我的状态(&amp;S)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>ticket #%1 “%2”</source>
        <translation>工单 #%1“%2”</translation>
    </message>
    <message>
        <source>The rating is recorded; the customer&apos;s history shows it once the server has it.</source>
        <translation>评分已记录；服务器收到后将显示在客户历史中。</translation>
    </message>
    <message>
        <source>Team &amp;Dashboard</source>
        <translation>团队仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Your team&apos;s queues and agents with today&apos;s figures (Ctrl+Shift+D)</source>
        <translation>您团队的队列和客服及今日数据 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Reass&amp;ign To…</source>
        <translation>重新分配给(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the selected tickets to another member of their queue (Ctrl+Shift+R)</source>
        <translation>将选中的工单交给其队列中的其他成员 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>The queue&apos;s members could not be read from the local cache: %1</source>
        <translation>无法从本地缓存读取队列成员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) reassigned to %1.</source>
        <translation>
            <numerusform>已将 %n 个工单重新分配给 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Models::CacheRecovery</name>
    <message>
        <source>The local cache “%1” is damaged and could not be moved aside: %2</source>
        <translation>本地缓存“%1”已损坏，且无法移到一旁：%2</translation>
    </message>
    <message numerus="yes">
        <source>The local cache was damaged. It was moved to “%1” and a fresh copy is being downloaded; %n change(s) you had not sent yet were kept.</source>
        <translation>
            <numerusform>本地缓存已损坏，已将其移至“%1”，正在重新下载一份新的副本；您尚未发送的 %n 项更改已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read and were lost.</source>
        <translation>
            <numerusform>有 %n 项未发送的更改无法读取，已丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) about refused changes could not be read.</source>
        <translation>
            <numerusform>有 %n 条关于被拒绝更改的通知无法读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Models::CustomerHistoryModel</name>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
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
    <message>
        <source>Frontline cannot write to the local cache “%1”: the file, its folder or the disk is read-only. Nothing was saved; allow writing there or choose another cache location.</source>
        <translation>Frontline 无法写入本地缓存“%1”：该文件、其所在文件夹或磁盘是只读的。未保存任何内容；请允许写入该位置，或选择其他缓存位置。</translation>
    </message>
    <message>
        <source>The disk that holds the local cache “%1” is full. Nothing was saved; free some disk space and try again.</source>
        <translation>存放本地缓存“%1”的磁盘已满。未保存任何内容；请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>Frontline could not save to the local cache “%1” (%2). Nothing was saved.</source>
        <translation>Frontline 无法保存到本地缓存“%1”（%2）。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::NoticeListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <message>
        <source>Your change to this ticket is waiting to be sent to the server</source>
        <translation>您对此工单的更改正在等待发送到服务器</translation>
    </message>
    <message>
        <source>Unread: the customer wrote since you last opened this ticket
%1</source>
        <translation>未读：自您上次打开此工单后客户有新留言
%1</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
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
    <name>Frontline::Models::StoreWriter</name>
    <message>
        <source>the cache is closed</source>
        <translation>缓存已关闭</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::TeamAgentModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Open assigned</source>
        <translation>已分配未完成</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日处理</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>首次响应中位数</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::TeamCsv</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>Presence since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Oldest wait (min)</source>
        <translation>最长等待（分钟）</translation>
    </message>
    <message>
        <source>First responses due soon</source>
        <translation>首次响应即将到期</translation>
    </message>
    <message>
        <source>First responses overdue</source>
        <translation>首次响应已超时</translation>
    </message>
    <message>
        <source>Resolutions due soon</source>
        <translation>解决即将到期</translation>
    </message>
    <message>
        <source>Resolutions overdue</source>
        <translation>解决已超时</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>今日新建</translation>
    </message>
    <message>
        <source>Solved today</source>
        <translation>今日解决</translation>
    </message>
    <message>
        <source>Solved today within SLA</source>
        <translation>今日在 SLA 内解决</translation>
    </message>
    <message>
        <source>Solved today late</source>
        <translation>今日超时解决</translation>
    </message>
    <message>
        <source>Resolution rate (%)</source>
        <translation>解决率（%）</translation>
    </message>
    <message>
        <source>Open assigned</source>
        <translation>已分配未完成</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日处理</translation>
    </message>
    <message>
        <source>First responses today</source>
        <translation>今日首次响应</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>首次响应中位数（分钟）</translation>
    </message>
    <message>
        <source>CSAT ratings</source>
        <translation>满意度评分数</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>满意度平均分</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::TeamQueueModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>First responses due soon: %1
Resolutions due soon: %2</source>
        <translation>首次响应即将到期：%1
解决即将到期：%2</translation>
    </message>
    <message>
        <source>First responses overdue: %1
Resolutions overdue: %2</source>
        <translation>首次响应已超时：%1
解决已超时：%2</translation>
    </message>
    <message>
        <source>Solved today against solved plus still open of those created today</source>
        <translation>今日解决数 ÷（今日解决数 + 今日新建且仍未完成数）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>今日新建</translation>
    </message>
    <message>
        <source>Solved today</source>
        <translation>今日解决</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>首次响应中位数</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::TicketViewers</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Another agent</source>
        <translation>另一位客服</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::AdminCommands</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1包含控制字符。</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <source>The username is longer than %1 characters.</source>
        <translation>用户名超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; may contain only letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;-&quot; and &quot;@&quot;, and must start with a letter or digit.</source>
        <translation>用户名“%1”只能包含字母、数字、&quot;.&quot;、&quot;_&quot;、&quot;-&quot; 和 &quot;@&quot;，并且必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The server database %1 has not been set up yet. Run &quot;frontline-server init&quot; with the same --data-dir or --database first.</source>
        <translation>服务器数据库 %1 尚未初始化。请先使用相同的 --data-dir 或 --database 运行 &quot;frontline-server init&quot;。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <source>The role must be agent, lead or admin, not &quot;%1&quot;.</source>
        <translation>角色必须是 agent、lead 或 admin，而不是“%1”。</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;; there are no queues yet (create them with &quot;frontline-server add-queue&quot;).</source>
        <translation>没有名为“%1”的队列；目前还没有任何队列（请用 &quot;frontline-server add-queue&quot; 创建）。</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;. The queues are: %2.</source>
        <translation>没有名为“%1”的队列。现有队列：%2。</translation>
    </message>
    <message>
        <source>--sla takes PRIORITY=FIRST-RESPONSE/RESOLUTION in minutes, such as urgent=15/120 or high=1h/1d, not &quot;%1&quot;.</source>
        <translation>--sla 的格式为 PRIORITY=FIRST-RESPONSE/RESOLUTION（优先级=首次响应/解决时限，以分钟计），例如 urgent=15/120 或 high=1h/1d，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; in --sla %2; the priorities are low, normal, high and urgent.</source>
        <translation>--sla %2 中有未知的优先级“%1”；优先级可以是 low、normal、high 和 urgent。</translation>
    </message>
    <message>
        <source>--sla sets the %1 priority twice.</source>
        <translation>--sla 对优先级 %1 设置了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in --sla %2 is not a duration: give minutes (90) or a number with m, h or d (90m, 4h, 2d); 0 means no target.</source>
        <translation>--sla %2 中的“%1”不是有效的时长：请给出分钟数（90）或带 m、h 或 d 的数字（90m、4h、2d）；0 表示不设目标。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in --sla %2 is longer than a year.</source>
        <translation>--sla %2 中的“%1”超过一年。</translation>
    </message>
    <message>
        <source>In --sla %1 the first response (%2 minutes) is due after the resolution (%3 minutes).</source>
        <translation>在 --sla %1 中，首次响应时限（%2 分钟）晚于解决时限（%3 分钟）。</translation>
    </message>
    <message>
        <source>The queue name</source>
        <translation>队列名称</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A queue named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的队列已存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as en, zh_CN or zh_TW.</source>
        <translation>“%1”不是语言代码（如 en、zh_CN 或 zh_TW）。</translation>
    </message>
    <message>
        <source>%1, line %2: the title must be a level-one heading (&quot;# Title&quot;), not &quot;%3&quot;.</source>
        <translation>%1 第 %2 行：标题必须是一级标题（&quot;# Title&quot;），而不是“%3”。</translation>
    </message>
    <message>
        <source>%1, line %2: write the title as &quot;# Title&quot;, with a space after the &quot;#&quot;.</source>
        <translation>%1 第 %2 行：标题应写作 &quot;# Title&quot;，&quot;#&quot; 后面要有一个空格。</translation>
    </message>
    <message>
        <source>%1, line %2: the title after &quot;#&quot; is empty.</source>
        <translation>%1 第 %2 行：&quot;#&quot; 后的标题为空。</translation>
    </message>
    <message>
        <source>%1 has no title: the first heading must be a line starting with &quot;# &quot;.</source>
        <translation>%1 没有标题：第一个标题必须是以 &quot;# &quot; 开头的行。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; comes before the title; only the front matter lines &quot;category:&quot;, &quot;language:&quot; and &quot;tags:&quot; may.</source>
        <translation>%1 第 %2 行：“%3”出现在标题之前；标题之前只能有 &quot;category:&quot;、&quot;language:&quot; 和 &quot;tags:&quot; 这些前置元数据行。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3:&quot; appears twice in the front matter.</source>
        <translation>%1 第 %2 行：&quot;%3:&quot; 在前置元数据中出现了两次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the title is longer than %2 characters.</source>
        <translation>%1：标题超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: the text is longer than %2 characters.</source>
        <translation>%1：正文超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: the category is longer than %2 characters.</source>
        <translation>%1：分类超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: more than %2 tags.</source>
        <translation>%1：标签超过 %2 个。</translation>
    </message>
    <message>
        <source>%1: the tag &quot;%2&quot; is longer than %3 characters.</source>
        <translation>%1：标签“%2”超过 %3 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>There are no Markdown files (*.md) in %1.</source>
        <translation>%1 中没有 Markdown 文件（*.md）。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB.</source>
        <translation>%1 大于 %2 KiB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1 Load demo data into a new database (init with another --data-dir), or with the --seed used before.</source>
        <translation>%1请将演示数据加载到新数据库（使用另一个 --data-dir 运行 init），或使用之前用过的 --seed。</translation>
    </message>
    <message>
        <source>The database has a queue named &quot;%1&quot; that is not the demo data&apos;s.</source>
        <translation>数据库中已有名为“%1”的队列，但它不属于演示数据。</translation>
    </message>
    <message>
        <source>The database has a user &quot;%1&quot; who is not the demo data&apos;s.</source>
        <translation>数据库中已有用户“%1”，但该用户不属于演示数据。</translation>
    </message>
    <message>
        <source>Ticket number %1 belongs to a ticket that is not the demo data&apos;s.</source>
        <translation>工单编号 %1 已被不属于演示数据的工单占用。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::CommandLine</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>运行 &quot;%1 --help&quot; 查看命令和选项。</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for its options.</source>
        <translation>运行 &quot;%1 %2 --help&quot; 查看其选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>There is no server database at %1. Create it with &quot;%2 init&quot;, or give the server&apos;s --data-dir.</source>
        <translation>在 %1 找不到服务器数据库。请用 &quot;%2 init&quot; 创建，或指定服务器的 --data-dir。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>The server&apos;s data directory, as for serving (default: the application data directory&apos;s &quot;server&quot; folder).</source>
        <translation>服务器的数据目录，与运行服务时相同（默认：应用数据目录下的“server”文件夹）。</translation>
    </message>
    <message>
        <source>The server&apos;s PostgreSQL database, as for serving, such as postgresql://frontline@localhost:5432/frontline.</source>
        <translation>服务器的 PostgreSQL 数据库，与运行服务时相同，例如 postgresql://frontline@localhost:5432/frontline。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Passwords are not taken on the command line, where others can see them; type it when asked, pipe it on standard input, or use --password-file.</source>
        <translation>密码不能在命令行中给出，因为其他人可能会看到；请在提示时输入，或通过管道从标准输入传入，或使用 --password-file。</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (default: ask for it on the terminal, or read the first line of standard input).</source>
        <translation>从 FILE 的第一行读取密码（默认：在终端中询问，或读取标准输入的第一行）。</translation>
    </message>
    <message>
        <source>The password in %1 is not UTF-8 text.</source>
        <translation>从%1读取的密码不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入相同的密码：</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Safe to run again: an existing database is upgraded if it is older, and otherwise left as it is.</source>
        <translation>可以放心重复运行：已有数据库如果版本较旧会被升级，否则保持不变。</translation>
    </message>
    <message>
        <source>Created the server database %1 (schema version %2).</source>
        <translation>已创建服务器数据库 %1（架构版本 %2）。</translation>
    </message>
    <message>
        <source>Upgraded the server database %1 from schema version %2 to %3.</source>
        <translation>已将服务器数据库 %1 从架构版本 %2 升级到 %3。</translation>
    </message>
    <message>
        <source>The server database %1 is up to date (schema version %2).</source>
        <translation>服务器数据库 %1 已是最新（架构版本 %2）。</translation>
    </message>
    <message>
        <source>Server id: %1</source>
        <translation>服务器 ID：%1</translation>
    </message>
    <message>
        <source>The password is asked for on the terminal, read from the first line of standard input (echo &quot;$PASSWORD&quot; | %1 add-user …) or from --password-file; never from the command line.</source>
        <translation>密码会在终端中询问，或从标准输入的第一行读取（echo &quot;$PASSWORD&quot; | %1 add-user …），或从 --password-file 读取；绝不从命令行读取。</translation>
    </message>
    <message>
        <source>The name the user is shown with (required).</source>
        <translation>用户的显示名称（必填）。</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>用户的电子邮件地址。</translation>
    </message>
    <message>
        <source>agent, lead or admin (default: agent).</source>
        <translation>角色：agent（客服）、lead（组长）或 admin（管理员），默认为 agent。</translation>
    </message>
    <message>
        <source>A queue the user works in, by name; repeat for more.</source>
        <translation>用户所在的队列（按名称）；可重复此选项以指定多个队列。</translation>
    </message>
    <message>
        <source>add-user needs the new user&apos;s USERNAME.</source>
        <translation>add-user 需要新用户的 USERNAME（用户名）。</translation>
    </message>
    <message>
        <source>add-user needs --name with the user&apos;s display name.</source>
        <translation>add-user 需要用 --name 指定用户的显示名称。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已添加 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>The user can no longer sign in, and every session they have is revoked. Their tickets, messages and history are kept.</source>
        <translation>该用户将无法再登录，其所有会话都会被撤销。其工单、消息和历史记录会保留。</translation>
    </message>
    <message>
        <source>%1 needs a USERNAME.</source>
        <translation>%1 需要 USERNAME（用户名）。</translation>
    </message>
    <message numerus="yes">
        <source>Disabled %1; revoked %n session(s).</source>
        <translation>
            <numerusform>已停用 %1；撤销了 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was disabled already; revoked %n session(s).</source>
        <translation>
            <numerusform>%1 此前已被停用；撤销了 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>%1 was not disabled.</source>
        <translation>%1 未被停用。</translation>
    </message>
    <message>
        <source>The user&apos;s sessions are revoked: they sign in again with the new password.</source>
        <translation>该用户的会话将被撤销：需要使用新密码重新登录。</translation>
    </message>
    <message>
        <source>set-password needs a USERNAME.</source>
        <translation>set-password 需要 USERNAME（用户名）。</translation>
    </message>
    <message numerus="yes">
        <source>Changed the password of %1; revoked %n session(s).</source>
        <translation>
            <numerusform>已更改 %1 的密码；撤销了 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>QUEUES</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>SLA targets are first response/resolution per priority, in minutes or with a unit (m, h, d); 0 means no target. Priorities not given keep the defaults: %1.</source>
        <translation>SLA 目标按优先级设定首次响应/解决时限，以分钟计或带单位（m、h、d）；0 表示不设目标。未指定的优先级使用默认值：%1。</translation>
    </message>
    <message>
        <source>What the queue is for.</source>
        <translation>队列的用途。</translation>
    </message>
    <message>
        <source>An SLA target such as urgent=15/120 or high=1h/1d; repeat for each priority to change.</source>
        <translation>SLA 目标，例如 urgent=15/120 或 high=1h/1d；每个要更改的优先级各重复一次此选项。</translation>
    </message>
    <message>
        <source>add-queue needs the new queue&apos;s NAME.</source>
        <translation>add-queue 需要新队列的 NAME（名称）。</translation>
    </message>
    <message>
        <source>Added the queue %1 with SLA %2.</source>
        <translation>已添加队列 %1，SLA 为 %2。</translation>
    </message>
    <message>
        <source>SLA: first response/resolution per priority.</source>
        <translation>SLA：各优先级的首次响应/解决时限。</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>ACTIVE TICKETS</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Imports every .md file in DIR and its subfolders. A file may start with front matter lines
  category: Billing
  language: zh_CN
  tags: refund, invoice
then its title as a heading line &quot;# Title&quot;; the rest is the article&apos;s text.
Articles are known by their path inside DIR: importing the folder again updates them.</source>
        <translation>导入 DIR 及其子文件夹中的所有 .md 文件。文件开头可以有以下前置元数据行：
  category: Billing
  language: zh_CN
  tags: refund, invoice
然后是标题行 &quot;# Title&quot;；其余内容为文章正文。
文章以其在 DIR 中的路径识别：再次导入该文件夹会更新这些文章。</translation>
    </message>
    <message>
        <source>The language of files without a &quot;language:&quot; line (default: en).</source>
        <translation>没有 &quot;language:&quot; 行的文件所用的语言（默认：en）。</translation>
    </message>
    <message>
        <source>import-articles needs the DIR to import from.</source>
        <translation>import-articles 需要指定要导入的 DIR（文件夹）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>Articles: %1 new, %2 updated, %3 unchanged.</source>
        <translation>文章：新增 %1 篇，更新 %2 篇，未变 %3 篇。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>有 %n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>For trying Frontline out, not for a production server: every demo user, including the administrator &quot;admin&quot;, gets the demo password. The same seed and size always give the same data; loading it again updates it.</source>
        <translation>用于试用 Frontline，不适用于生产服务器：所有演示用户（包括管理员 &quot;admin&quot;）都使用演示密码。相同的种子和规模总会生成相同的数据；再次加载会更新这些数据。</translation>
    </message>
    <message>
        <source>How many tickets, 1-%1 (default: %2).</source>
        <translation>工单数量，范围 1-%1（默认：%2）。</translation>
    </message>
    <message>
        <source>The random seed (default: %1).</source>
        <translation>随机种子（默认：%1）。</translation>
    </message>
    <message>
        <source>The demo users&apos; password (default: frontline-demo).</source>
        <translation>演示用户的密码（默认：frontline-demo）。</translation>
    </message>
    <message>
        <source>--tickets must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--tickets 必须是 1 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--demo-password must not be empty.</source>
        <translation>--demo-password 不能为空。</translation>
    </message>
    <message>
        <source>Storing %1: %2 of %3</source>
        <translation>正在存储 %1：%2/%3</translation>
    </message>
    <message>
        <source>Stored %1 queues, %2 users, %3 customers, %4 tickets, %5 messages, %6 ratings, %7 articles and %8 canned replies.</source>
        <translation>已存储 %1 个队列、%2 个用户、%3 个客户、%4 个工单、%5 条消息、%6 条满意度评价、%7 篇文章和 %8 条快捷回复。</translation>
    </message>
    <message>
        <source>Time: %1 generating, %2 hashing passwords, %3 storing; %4 in all.</source>
        <translation>耗时：生成 %1，密码哈希 %2，存储 %3；共 %4。</translation>
    </message>
    <message>
        <source>Demo users (password &quot;%1&quot;): %2</source>
        <translation>演示用户（密码 &quot;%1&quot;）：%2</translation>
    </message>
    <message>
        <source>Usage: %1 [serve] [options]
       %1 COMMAND [options]</source>
        <translation>用法：%1 [serve] [options]
      %1 COMMAND [options]</translation>
    </message>
    <message>
        <source>Frontline&apos;s central sync server. Without a command, or with &quot;serve&quot;, it serves clients until it gets SIGINT (Ctrl+C) or SIGTERM.</source>
        <translation>Frontline 中央同步服务器。不带命令或使用 &quot;serve&quot; 命令时，它会为客户端提供服务，直到收到 SIGINT（Ctrl+C）或 SIGTERM。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>运行 &quot;%1 COMMAND --help&quot; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Serve options:</source>
        <translation>serve 选项：</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Serve clients (the default).</source>
        <translation>为客户端提供服务（默认）。</translation>
    </message>
    <message>
        <source>Create the database, or upgrade its schema, and print the server id.</source>
        <translation>创建数据库或升级其架构，并输出服务器 ID。</translation>
    </message>
    <message>
        <source>Create a user; the password comes from the terminal, standard input or a file.</source>
        <translation>创建用户；密码来自终端、标准输入或文件。</translation>
    </message>
    <message>
        <source>Stop a user from signing in and revoke their sessions.</source>
        <translation>禁止用户登录并撤销其会话。</translation>
    </message>
    <message>
        <source>Let a disabled user sign in again.</source>
        <translation>允许已停用的用户重新登录。</translation>
    </message>
    <message>
        <source>Set a user&apos;s password and revoke their sessions.</source>
        <translation>设置用户密码并撤销其会话。</translation>
    </message>
    <message>
        <source>Create a queue with its SLA targets.</source>
        <translation>创建队列及其 SLA 目标。</translation>
    </message>
    <message>
        <source>List the users, their roles and queues.</source>
        <translation>列出用户及其角色和队列。</translation>
    </message>
    <message>
        <source>List the queues with their SLA targets.</source>
        <translation>列出队列及其 SLA 目标。</translation>
    </message>
    <message>
        <source>Import or update knowledge-base articles from a folder of Markdown files.</source>
        <translation>从包含 Markdown 文件的文件夹导入或更新知识库文章。</translation>
    </message>
    <message>
        <source>Load generated demo data: queues, users, customers, tickets, articles.</source>
        <translation>加载生成的演示数据：队列、用户、客户、工单、文章。</translation>
    </message>
    <message>
        <source>Print the URL clients connect to with these options.</source>
        <translation>输出使用这些选项时客户端要连接的 URL。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::EntityStore</name>
    <message>
        <source>The ticket of this message does not exist.</source>
        <translation>此消息所属的工单不存在。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::PasswordHasher</name>
    <message>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>The password is not valid Unicode text.</source>
        <translation>密码不是有效的 Unicode 文本。</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes.</source>
        <translation>密码超过 %1 个字节。</translation>
    </message>
    <message>
        <source>The password could not be hashed; the server may be out of memory.</source>
        <translation>无法对密码进行哈希处理；服务器可能内存不足。</translation>
    </message>
    <message>
        <source>The stored password hash is not a valid Argon2 hash.</source>
        <translation>存储的密码哈希不是有效的 Argon2 哈希。</translation>
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
    <message>
        <source>Do not let team leads and admins change another agent&apos;s presence (default: leads may, for agents of their queues).</source>
        <translation>不允许组长和管理员更改其他客服的在线状态（默认：组长可以更改其队列中客服的状态）。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::ServerDatabase</name>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>无法打开服务器数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::ServerSchema</name>
    <message>
        <source>The server database has schema version %1, newer than this frontline-server supports (%2).</source>
        <translation>服务器数据库的架构版本为 %1，比此 frontline-server 支持的版本（%2）更新。</translation>
    </message>
    <message>
        <source>The server database could not be upgraded from version %1 to %2 and was left unchanged: %3</source>
        <translation>服务器数据库无法从版本 %1 升级到 %2，已保持原样：%3</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::SessionToken</name>
    <message>
        <source>The server&apos;s random number generator is not available.</source>
        <translation>服务器的随机数生成器不可用。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::TeamMetrics</name>
    <message>
        <source>The day for the team&apos;s metrics must end after it starts, within 48 hours.</source>
        <translation>团队指标的统计日必须在开始之后结束，且不超过 48 小时。</translation>
    </message>
    <message>
        <source>The &quot;due soon&quot; threshold must be between 0 and 48 hours.</source>
        <translation>“即将到期”的阈值必须在 0 到 48 小时之间。</translation>
    </message>
</context>
<context>
    <name>Frontline::Sync::SyncClient</name>
    <message numerus="yes">
        <source>Too many sign-in attempts; trying again in %n second(s).</source>
        <translation>
            <numerusform>登录尝试次数过多；将在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>您的会话已过期，请重新登录。</translation>
    </message>
    <message>
        <source>Your session was ended. Please sign in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Your account is disabled. Please contact your administrator.</source>
        <translation>您的账户已被停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The server refused to sign you in.</source>
        <translation>服务器拒绝了您的登录。</translation>
    </message>
    <message>
        <source>This version of Frontline cannot work with this server. Please update Frontline.</source>
        <translation>此版本的 Frontline 无法与该服务器配合使用，请更新 Frontline。</translation>
    </message>
    <message>
        <source>Frontline could not save to its local cache: %1</source>
        <translation>Frontline 无法保存到本地缓存：%1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 changes</source>
        <translation>正在同步… 已接收 %1 项，共约 %2 项更改</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>离线 · %n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>Frontline::Sync::SyncStore</name>
    <message>
        <source>a ticket</source>
        <translation>一个工单</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>The new ticket “%1”</source>
        <translation>新工单“%1”</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>另一位客服</translation>
    </message>
    <message>
        <source>%1 was already taken by %2.</source>
        <translation>%1 已被 %2 接手。</translation>
    </message>
    <message>
        <source>No ticket is waiting in your queues.</source>
        <translation>您的队列中没有等待处理的工单。</translation>
    </message>
    <message>
        <source>What you changed no longer exists, so your change was not saved.</source>
        <translation>您更改的内容已不存在，因此更改未保存。</translation>
    </message>
    <message>
        <source>%1 is no longer in your queues, so your change was not saved.</source>
        <translation>%1 已不在您的队列中，因此更改未保存。</translation>
    </message>
    <message>
        <source>You may not make this change to %1.</source>
        <translation>您无权对 %1 进行此更改。</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>此客户</translation>
    </message>
    <message>
        <source>%1 was changed by someone else at the same time, so your change was not saved.</source>
        <translation>%1 同时被其他人修改，因此您的更改未保存。</translation>
    </message>
    <message>
        <source>The server did not accept your change to %1.</source>
        <translation>服务器未接受您对 %1 的更改。</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>此项</translation>
    </message>
    <message>
        <source>Your text was kept: you can copy it from this notice.</source>
        <translation>您的文字已保留：可从此通知中复制。</translation>
    </message>
    <message>
        <source>You may not change %1&apos;s status.</source>
        <translation>您无权更改 %1 的状态。</translation>
    </message>
    <message>
        <source>The server did not change %1&apos;s status.</source>
        <translation>服务器未更改 %1 的状态。</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::CallDialog</name>
    <message>
        <source>The summary is %1 characters long; at most %2 fit.</source>
        <translation>摘要长 %1 个字符，最多只能 %2 个。</translation>
    </message>
    <message>
        <source>The call is kept in the thread as an internal note. A summary is required.</source>
        <translation>通话会作为内部备注保存在对话中。摘要为必填项。</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>A phone call about %1.</source>
        <translation>关于 %1 的通话。</translation>
    </message>
    <message>
        <source>A phone call with %1 about %2.</source>
        <translation>与 %1 关于 %2 的通话。</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>呼入(&amp;I)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>呼入电话</translation>
    </message>
    <message>
        <source>The customer called</source>
        <translation>客户打来电话</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>呼出(&amp;O)</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>呼出电话</translation>
    </message>
    <message>
        <source>You called the customer</source>
        <translation>您给客户打了电话</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Call duration, minutes</source>
        <translation>通话时长（分钟）</translation>
    </message>
    <message>
        <source>How long the call lasted: the minutes</source>
        <translation>通话持续了多久：分钟数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Call duration, seconds</source>
        <translation>通话时长（秒）</translation>
    </message>
    <message>
        <source>How long the call lasted: the seconds beyond the minutes</source>
        <translation>通话持续了多久：分钟之外的秒数</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>通话摘要</translation>
    </message>
    <message>
        <source>What was said and agreed on the call. Required.</source>
        <translation>通话中说了什么、约定了什么。必填。</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>说了什么、约定了什么</translation>
    </message>
    <message>
        <source>&amp;Log Call</source>
        <translation>记录通话(&amp;L)</translation>
    </message>
    <message>
        <source>Adds the call to the ticket&apos;s thread</source>
        <translation>将通话添加到工单对话中</translation>
    </message>
    <message>
        <source>Closes the dialog without logging the call</source>
        <translation>关闭对话框，不记录通话</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::CsatDialog</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message>
        <source>%1 characters: at most %2 fit</source>
        <translation>%1 个字符：最多 %2 个</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s score first (keys 1 to 5)</source>
        <translation>请先选择客户的评分（按键 1 到 5）</translation>
    </message>
    <message>
        <source>Record Satisfaction</source>
        <translation>记录满意度</translation>
    </message>
    <message>
        <source>How satisfied was the customer with %1?</source>
        <translation>客户对 %1 的满意程度如何？</translation>
    </message>
    <message>
        <source>How satisfied was %1 with %2?</source>
        <translation>%1 对 %2 的满意程度如何？</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Score %1 of 5: %2</source>
        <translation>评分 %1/5：%2</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction; the keys 1 to 5 choose it</source>
        <translation>客户满意度；按键 1 到 5 选择</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户评语</translation>
    </message>
    <message>
        <source>What the customer said about the service; optional, at most %1 characters</source>
        <translation>客户对服务的评价；选填，最多 %1 个字符</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客户说了什么（选填）</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Records the customer&apos;s rating of this ticket</source>
        <translation>记录客户对此工单的评分</translation>
    </message>
    <message>
        <source>Closes the dialog without recording a rating</source>
        <translation>关闭对话框，不记录评分</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::CustomerHistoryPanel</name>
    <message>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>未知客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tickets of this customer</source>
        <translation>该客户的工单</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>刷新历史</translation>
    </message>
    <message>
        <source>Load older history</source>
        <translation>加载更早的历史</translation>
    </message>
    <message>
        <source>Ask the server for this customer&apos;s older tickets</source>
        <translation>向服务器获取该客户更早的工单</translation>
    </message>
    <message>
        <source>Needs the server: you are offline</source>
        <translation>需要连接服务器：您当前离线</translation>
    </message>
    <message>
        <source>%1 · VIP</source>
        <translation>%1 · VIP</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>累计消费 %1</translation>
    </message>
    <message>
        <source>Select a ticket to see its customer&apos;s history.</source>
        <translation>选择一个工单以查看其客户的历史。</translation>
    </message>
    <message>
        <source>Loading this customer&apos;s history from the server…</source>
        <translation>正在从服务器加载该客户的历史…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) from your queues are cached; older history needs the server.</source>
        <translation>
            <numerusform>已缓存您队列中的 %n 个工单；更早的历史需要连接服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete history cached (%n ticket(s)), fetched %1.</source>
        <translation>
            <numerusform>已缓存完整历史（%n 个工单），获取于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest history cached (%n ticket(s)), fetched %1; older tickets need the server.</source>
        <translation>
            <numerusform>已缓存最近的历史（%n 个工单），获取于 %1；更早的工单需要连接服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached; this is what the cache holds.</source>
        <translation>无法连接服务器；以下是缓存中的内容。</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>您当前离线。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row; Chinese puts no space between them</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Customer&apos;s email address</source>
        <translation>客户的邮箱地址</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>客户的电话号码</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reveal the email address</source>
        <translation>显示完整邮箱地址</translation>
    </message>
    <message>
        <source>Reveal the phone number</source>
        <translation>显示完整电话号码</translation>
    </message>
    <message>
        <source>Mask it again</source>
        <translation>重新遮盖</translation>
    </message>
    <message>
        <source>Show it in full. Revealing a customer&apos;s contact details is recorded in the server&apos;s audit log.</source>
        <translation>显示完整内容。查看客户的联系方式会记录在服务器的审计日志中。</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::KnowledgeBasePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>搜索知识库（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>找到的文章</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <translation>返回结果</translation>
    </message>
    <message>
        <source>Suggested for this ticket</source>
        <translation>为此工单推荐</translation>
    </message>
    <message>
        <source>Type to search the articles, offline too.</source>
        <translation>输入即可搜索文章，离线也可用。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>没有匹配的文章。</translation>
    </message>
    <message>
        <source>Insert into Reply</source>
        <translation>插入回复</translation>
    </message>
    <message>
        <source>Puts the selected text, or the article&apos;s first paragraph, into the reply</source>
        <translation>将选中的文字（或文章的第一段）放入回复</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::LeadDashboard</name>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Waiting for the first figures from the server…</source>
        <translation>正在等待服务器的首批数据…</translation>
    </message>
    <message>
        <source>Offline — no figures yet. They appear once the server is reachable.</source>
        <translation>离线 — 暂无数据。连接到服务器后将显示。</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>不到一分钟前</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>Not current — figures from %1 (%2)</source>
        <translation>非最新 — %1 的数据（%2）</translation>
    </message>
    <message>
        <source>Offline — figures from %1 (%2)</source>
        <translation>离线 — %1 的数据（%2）</translation>
    </message>
    <message>
        <source>Today: %1 created, %2 solved</source>
        <translation>今日：新建 %1，解决 %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n deadline(s) breached</source>
        <translation>
            <numerusform>今日：%n 个截止时间已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n rating(s), average %1</source>
        <translation>
            <numerusform>今日：%n 个评分，平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet today</source>
        <translation>今日尚无评分</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Team Dashboard</source>
        <translation>团队仪表板</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>团队仪表板</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save today&apos;s queue and agent figures for a spreadsheet</source>
        <translation>将今日的队列和客服数据保存为电子表格</translation>
    </message>
    <message>
        <source>When the figures were computed</source>
        <translation>数据的计算时间</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>No queues to show: the figures cover the queues you are a member of.</source>
        <translation>没有可显示的队列：数据仅涵盖您所属的队列。</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>Agents of the team</source>
        <translation>团队客服</translation>
    </message>
    <message>
        <source>Presence, open assigned tickets, tickets handled today, median first response and CSAT; click a column header to sort</source>
        <translation>在线状态、已分配未完成工单、今日处理工单、首次响应中位数和满意度；点击列标题排序</translation>
    </message>
    <message>
        <source>Today hour by hour</source>
        <translation>今日逐小时</translation>
    </message>
    <message>
        <source>Created and solved</source>
        <translation>新建与解决</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Tickets created and solved per hour</source>
        <translation>每小时新建与解决的工单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>SLA deadlines breached per hour</source>
        <translation>每小时超时的 SLA 截止时间</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Average CSAT rating per hour (1–5)</source>
        <translation>每小时平均满意度评分（1–5）</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>已将 %1 设为%2。</translation>
    </message>
    <message>
        <source>Set %1 to %2; it reaches the server once it is reachable.</source>
        <translation>已将 %1 设为%2；将在连接到服务器后发送。</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>设置状态(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the presence of the selected agents (also on the table&apos;s context menu)</source>
        <translation>更改所选客服的在线状态（也可在表格的右键菜单中操作）</translation>
    </message>
    <message>
        <source>Set the selected agents&apos; status</source>
        <translation>设置所选客服的状态</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Status for the selected agents</source>
        <translation>所选客服的状态</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>在线(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>离开(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>忙碌(&amp;B)</translation>
    </message>
    <message>
        <source>O&amp;ffline</source>
        <translation>离线(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::NewTicketDialog</name>
    <message>
        <source>The local cache knows no queue to open the ticket in.</source>
        <translation>本地缓存中没有可用于新建工单的队列。</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 fit.</source>
        <translation>消息长 %1 个字符，最多只能 %2 个。</translation>
    </message>
    <message>
        <source>A subject and a first message are required. The server gives the ticket its number.</source>
        <translation>主题和第一条消息为必填项。工单编号由服务器分配。</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>A new ticket for this customer.</source>
        <translation>为该客户新建工单。</translation>
    </message>
    <message>
        <source>A new ticket for %1.</source>
        <translation>为 %1 新建工单。</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>What the new ticket is about. Required.</source>
        <translation>新工单是关于什么的。必填。</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>The team&apos;s queue the new ticket starts in</source>
        <translation>新工单所在的团队队列</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>How urgent the new ticket is; it sets the SLA deadlines</source>
        <translation>新工单的紧急程度，决定 SLA 截止时间</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>How the customer reached you about it</source>
        <translation>客户通过什么方式联系您</translation>
    </message>
    <message>
        <source>&amp;First message:</source>
        <translation>第一条消息(&amp;F)：</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>第一条消息</translation>
    </message>
    <message>
        <source>The request in the customer&apos;s words, or what you agreed. Required.</source>
        <translation>客户原话的诉求，或您与客户的约定。必填。</translation>
    </message>
    <message>
        <source>What the customer asked for</source>
        <translation>客户提出了什么要求</translation>
    </message>
    <message>
        <source>&amp;Create Ticket</source>
        <translation>创建工单(&amp;C)</translation>
    </message>
    <message>
        <source>Creates the ticket; it is sent to the server when it can be</source>
        <translation>创建工单；可连接时发送到服务器</translation>
    </message>
    <message>
        <source>Closes the dialog without creating a ticket</source>
        <translation>关闭对话框，不创建工单</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::NoticesDialog</name>
    <message>
        <source>Text the server did not take — copy it to send it again:</source>
        <translation>服务器未接受的文字——复制后可重新发送：</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>复制文字(&amp;C)</translation>
    </message>
    <message>
        <source>No notices. When the server refuses a change, it is explained here.</source>
        <translation>没有通知。服务器拒绝某项更改时，会在这里说明原因。</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notices, newest first</source>
        <translation>通知，最新的在前</translation>
    </message>
    <message>
        <source>Recovered text</source>
        <translation>找回的文字</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::PresenceSelector</name>
    <message>
        <source>Your status</source>
        <translation>您的状态</translation>
    </message>
    <message>
        <source>Online, Away or Busy, as your colleagues and your lead see it; you become Away after a while without using the keyboard or the mouse</source>
        <translation>在线、离开或忙碌，同事和组长都能看到；一段时间不使用键盘或鼠标后会变为离开</translation>
    </message>
    <message>
        <source>Your status, as your colleagues see it</source>
        <translation>同事看到的您的状态</translation>
    </message>
    <message>
        <source>You are offline: your colleagues see you as Offline until the connection is back, then this status again</source>
        <translation>您已离线：连接恢复之前，同事看到您为“离线”，恢复后又会看到这个状态</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::QueueFilterBar</name>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>分配给我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>任意渠道</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>筛选队列</translation>
    </message>
    <message>
        <source>Which tickets</source>
        <translation>显示哪些工单</translation>
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
        <source>One queue</source>
        <translation>单个队列</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <source>Only this queue&apos;s tickets are shown; click to show every queue again</source>
        <translation>仅显示此队列的工单；点击可重新显示所有队列</translation>
    </message>
    <message>
        <source>Show every queue</source>
        <translation>显示所有队列</translation>
    </message>
    <message>
        <source>Only one queue&apos;s tickets are shown</source>
        <translation>仅显示一个队列的工单</translation>
    </message>
    <message>
        <source>Only the tickets of %1 are shown</source>
        <translation>仅显示 %1 的工单</translation>
    </message>
    <message>
        <source>Filter by number, subject, customer or #tag (Ctrl+F)</source>
        <translation>按编号、主题、客户或 #标签筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words are looked for in the number, the subject and the customer&apos;s name; #refund or tag:refund shows the tickets tagged refund</source>
        <translation>在编号、主题和客户姓名中查找输入的词；#退款 或 tag:退款 显示带有“退款”标签的工单</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::QueueTile</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>First responses due soon: %1
Resolutions due soon: %2</source>
        <translation>首次响应即将到期：%1
解决即将到期：%2</translation>
    </message>
    <message>
        <source>First responses overdue: %1
Resolutions overdue: %2</source>
        <translation>首次响应已超时：%1
解决已超时：%2</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <source>%1 waiting, %2 open, oldest wait %3, %4 due soon, %5 breached; today %6 created, %7 solved, resolution rate %8, median first response %9, CSAT %10. Press Enter to show its tickets.</source>
        <translation>等待 %1，未完成 %2，最长等待 %3，即将到期 %4，已超时 %5；今日新建 %6，解决 %7，解决率 %8，首次响应中位数 %9，满意度 %10。按 Enter 显示其工单。</translation>
    </message>
    <message>
        <source>Show the tickets of %1</source>
        <translation>显示 %1 的工单</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>oldest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>created today</source>
        <translation>今日新建</translation>
    </message>
    <message>
        <source>solved today</source>
        <translation>今日解决</translation>
    </message>
    <message>
        <source>resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>median first response</source>
        <translation>首次响应中位数</translation>
    </message>
    <message>
        <source>CSAT (ratings)</source>
        <translation>满意度（评分数）</translation>
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
    <name>Frontline::Widgets::ReassignDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>重新分配</translation>
    </message>
    <message numerus="yes">
        <source>Give %n ticket(s) to:</source>
        <translation>
            <numerusform>将 %n 个工单交给：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else is a member of this queue, so the ticket cannot be reassigned.</source>
        <translation>此队列没有其他成员，因此无法重新分配工单。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <source>Open assigned</source>
        <translation>已分配未完成</translation>
    </message>
    <message>
        <source>Agents of the queue</source>
        <translation>队列的客服</translation>
    </message>
    <message>
        <source>Each with their presence and the open tickets they have; the least loaded first</source>
        <translation>显示每位客服的在线状态和未完成工单数；负载最少的排在前面</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>重新分配(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>发送回复或备注</translation>
    </message>
    <message>
        <source>Canned reply: type # or / and its shortcut</source>
        <translation>快捷回复：输入 # 或 / 加上它的快捷词</translation>
    </message>
    <message>
        <source>Next placeholder of a canned reply</source>
        <translation>快捷回复的下一个占位符</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Save the tags typed in the ticket&apos;s Tags box</source>
        <translation>保存在工单“标签”框中输入的标签</translation>
    </message>
    <message>
        <source>Record Satisfaction: the customer&apos;s score, 1 to 5</source>
        <translation>记录满意度：客户评分，1 到 5</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::SignInDialog</name>
    <message>
        <source>Sign in to Frontline</source>
        <translation>登录 Frontline</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>离线工作</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::TicketView</name>
    <message>
        <source>Add &amp;Note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>发送回复(&amp;S)</translation>
    </message>
    <message>
        <source>Internal note: only your team sees it</source>
        <translation>内部备注：只有您的团队能看到</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Sign in to a server to send</source>
        <translation>登录服务器后才能发送</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation>未打开工单</translation>
    </message>
    <message>
        <source>Select a ticket in the queue to read it and answer.</source>
        <translation>在队列中选择一个工单即可阅读并回复。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>未知客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>还没有消息。</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>A public reply the customer receives (Ctrl+R)</source>
        <translation>客户会收到的公开回复（Ctrl+R）</translation>
    </message>
    <message>
        <source>Internal &amp;Note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>A note only your team sees (Ctrl+Shift+I)</source>
        <translation>只有您的团队能看到的备注（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Sends the text of the composer (Ctrl+Enter)</source>
        <translation>发送编辑框中的文字（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Fill in the highlighted placeholders first (Tab goes to the next)</source>
        <translation>请先填写高亮的占位符（按 Tab 跳到下一个）</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · # inserts a canned reply</source>
        <translation>Ctrl+Enter 发送 · 输入 # 插入快捷回复</translation>
    </message>
    <message>
        <source>%1 queue</source>
        <translation>%1 队列</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The ticket&apos;s status; choosing one saves it (Ctrl+Shift+S)</source>
        <translation>工单状态；选择后立即保存 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Set the status (Ctrl+Shift+S)</source>
        <translation>设置状态 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>优先级(&amp;O)：</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>The ticket&apos;s priority; choosing one saves it and moves the SLA deadlines (Ctrl+Shift+P)</source>
        <translation>工单优先级；选择后立即保存并调整 SLA 截止时间 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Set the priority (Ctrl+Shift+P)</source>
        <translation>设置优先级 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The ticket&apos;s tags, separated by commas; Enter or leaving the box saves them (Ctrl+Shift+T)</source>
        <translation>工单标签，用逗号分隔；按 Enter 或离开输入框即保存 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Tags, separated by commas; Enter saves</source>
        <translation>标签，用逗号分隔；按 Enter 保存</translation>
    </message>
    <message>
        <source>Transf&amp;er…</source>
        <translation>转移(&amp;E)…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Moves the ticket to another team&apos;s queue, with a reason (Ctrl+Shift+X)</source>
        <translation>将工单转到其他团队的队列，并说明原因 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Move the ticket to another team&apos;s queue (Ctrl+Shift+X)</source>
        <translation>将工单转到其他团队的队列 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>%1 is also viewing this ticket</source>
        <translation>%1 也在查看此工单</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) are viewing this ticket</source>
        <translation>
            <numerusform>%1 和另外 %n 人正在查看此工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Colleagues viewing this ticket</source>
        <translation>正在查看此工单的同事</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::TransferDialog</name>
    <message>
        <source>There is no other queue to transfer this ticket to.</source>
        <translation>没有其他队列可以转移此工单。</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 fit.</source>
        <translation>原因长 %1 个字符，最多只能 %2 个。</translation>
    </message>
    <message>
        <source>The ticket becomes unassigned in the new queue. A reason is required.</source>
        <translation>工单在新队列中将变为未分配。原因为必填项。</translation>
    </message>
    <message>
        <source>Transfer Ticket</source>
        <translation>转移工单</translation>
    </message>
    <message>
        <source>Move %1 to another team&apos;s queue.</source>
        <translation>将 %1 转到其他团队的队列。</translation>
    </message>
    <message>
        <source>To &amp;queue:</source>
        <translation>目标队列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Target queue</source>
        <translation>目标队列</translation>
    </message>
    <message>
        <source>The queue the ticket moves to</source>
        <translation>工单要转到的队列</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>转移原因</translation>
    </message>
    <message>
        <source>Why the ticket moves; the receiving team reads it. Required.</source>
        <translation>为什么转移工单；接收团队会看到。必填。</translation>
    </message>
    <message>
        <source>Why does this ticket belong to that team?</source>
        <translation>为什么这个工单应由该团队处理？</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>转移(&amp;T)</translation>
    </message>
    <message>
        <source>Moves the ticket to the chosen queue</source>
        <translation>将工单转到所选队列</translation>
    </message>
    <message>
        <source>Closes the dialog without transferring</source>
        <translation>关闭对话框，不转移</translation>
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
    <message>
        <source>Working offline from the local cache.</source>
        <translation>正在使用本地缓存离线工作。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The server does not send the team dashboard&apos;s figures (%1).</source>
        <translation>服务器不发送团队仪表板的数据（%1）。</translation>
    </message>
</context>
</TS>
