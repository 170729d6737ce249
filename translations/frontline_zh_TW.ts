<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <translation>有工單指派給我時(&amp;A)</translation>
    </message>
    <message>
        <source>A desktop notification when someone else gives you a ticket</source>
        <translation>他人將工單指派給您時顯示桌面通知</translation>
    </message>
    <message>
        <source>When an &amp;SLA Deadline Is Near or Missed</source>
        <translation>SLA 即將到期或已逾時時(&amp;S)</translation>
    </message>
    <message>
        <source>A desktop notification when one of your tickets, or one waiting in your queues, is due within 15 minutes or past its deadline</source>
        <translation>您的工單或您佇列中等待的工單在 15 分鐘內到期或已逾時時顯示桌面通知</translation>
    </message>
    <message numerus="yes">
        <source>New ticket(s) for you</source>
        <translation>
            <numerusform>有新工單指派給您</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA deadline(s)</source>
        <translation>
            <numerusform>SLA 截止時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you</source>
        <translation>
            <numerusform>%n 張工單指派給了您</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) due soon</source>
        <translation>
            <numerusform>%n 張工單即將到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) past the SLA</source>
        <translation>
            <numerusform>%n 張工單已超出 SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>指派給您：%1</translation>
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
    <message>
        <source>Sign in to the Frontline server at URL (ws:// or wss://) and sync with it.</source>
        <translation>登入位於 URL（ws:// 或 wss://）的 Frontline 伺服器並與其同步。</translation>
    </message>
    <message>
        <source>The user name to sign in with (with --server).</source>
        <translation>登入所用的使用者名稱（與 --server 一起使用）。</translation>
    </message>
    <message>
        <source>--server needs a ws:// or wss:// address such as ws://127.0.0.1:8765, not “%1”.</source>
        <translation>--server 需要 ws:// 或 wss:// 位址，例如 ws://127.0.0.1:8765，而不是「%1」。</translation>
    </message>
    <message>
        <source>--server needs --user with the user name to sign in with.</source>
        <translation>--server 需要搭配 --user 指定登入所用的使用者名稱。</translation>
    </message>
    <message>
        <source>Open the team dashboard once signed in (team leads); with --screenshot, the picture is of the dashboard.</source>
        <translation>登入後開啟團隊儀表板（組長）；與 --screenshot 同用時擷取儀表板。</translation>
    </message>
</context>
<context>
    <name>Frontline::App::CredentialStore</name>
    <message>
        <source>No system keychain is available: you will be asked for your password again next time.</source>
        <translation>沒有可用的系統鑰匙圈：下次仍會要求您輸入密碼。</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customer History</source>
        <translation>客戶歷史(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notices…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Customer History</source>
        <translation>客戶歷史</translation>
    </message>
    <message numerus="yes">
        <source>%n new notice(s)</source>
        <translation>
            <numerusform>%n 則新通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>What the server refused, and the text to recover (Ctrl+Shift+N)</source>
        <translation>伺服器拒絕了什麼，以及可找回的文字（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>知識庫(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Search the Knowledge Base</source>
        <translation>搜尋知識庫(&amp;S)</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>工單(&amp;T)</translation>
    </message>
    <message>
        <source>Take &amp;Next</source>
        <translation>領取下一張(&amp;N)</translation>
    </message>
    <message>
        <source>The server gives you the most urgent unassigned ticket of your queues (Ctrl+N)</source>
        <translation>伺服器為您分配所在佇列中最緊急的未分配工單（Ctrl+N）</translation>
    </message>
    <message>
        <source>Asking the server for the next ticket…</source>
        <translation>正在向伺服器領取下一張工單…</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>認領(&amp;C)</translation>
    </message>
    <message>
        <source>Take the selected ticket; works offline and is sent when the server is back (Ctrl+Shift+C)</source>
        <translation>認領所選工單；離線時也可操作，伺服器恢復後自動傳送（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Ticket %1 claimed.</source>
        <translation>已認領工單 %1。</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Ticket %1 is yours.</source>
        <translation>工單 %1 已指派給您。</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回覆(&amp;R)</translation>
    </message>
    <message>
        <source>Internal &amp;Note</source>
        <translation>內部備註(&amp;N)</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>無法儲存您的草稿：%1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Filter the Queue</source>
        <translation>篩選佇列(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticket(s) shown</source>
        <translation>
            <numerusform>顯示 %1 張，共 %n 張工單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting in your queues</source>
        <translation>
            <numerusform>您的佇列中有 %n 張工單等待處理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the SLA; the first due was #%1</source>
        <translation>
            <numerusform>%n 張已超出 SLA；最早到期的是 #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Next SLA due %1 (#%2)</source>
        <translation>下一個 SLA 截止：%1（#%2）</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>設定狀態(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>設定優先順序(&amp;P)</translation>
    </message>
    <message>
        <source>Edit T&amp;ags</source>
        <translation>編輯標籤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>轉移(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>記錄通話(&amp;L)…</translation>
    </message>
    <message>
        <source>Log Call…</source>
        <translation>記錄通話…</translation>
    </message>
    <message>
        <source>Keep a phone call with the customer in the ticket&apos;s thread (Ctrl+Shift+L)</source>
        <translation>在工單對話中記錄與客戶的通話 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>New Ticket for the C&amp;ustomer…</source>
        <translation>為該客戶新建工單(&amp;U)…</translation>
    </message>
    <message>
        <source>New Ticket…</source>
        <translation>新建工單…</translation>
    </message>
    <message>
        <source>Open a new ticket for the open ticket&apos;s customer (Ctrl+Shift+O)</source>
        <translation>為目前工單的客戶新建工單 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>The ticket moves to the %1 queue.</source>
        <translation>工單將轉到「%1」佇列。</translation>
    </message>
    <message>
        <source>The call is logged in the ticket&apos;s thread.</source>
        <translation>通話已記錄在工單對話中。</translation>
    </message>
    <message>
        <source>New ticket “%1”: the server gives it its number.</source>
        <translation>新工單「%1」：編號由伺服器分配。</translation>
    </message>
    <message>
        <source>Rec&amp;ord Satisfaction…</source>
        <translation>記錄滿意度(&amp;O)…</translation>
    </message>
    <message>
        <source>Record the customer&apos;s rating of the solved ticket (Ctrl+Shift+A)</source>
        <translation>記錄客戶對已解決工單的評分 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>My &amp;Status</source>
        <translation>我的狀態(&amp;S)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>ticket #%1 “%2”</source>
        <translation>工單 #%1「%2」</translation>
    </message>
    <message>
        <source>The rating is recorded; the customer&apos;s history shows it once the server has it.</source>
        <translation>評分已記錄；伺服器收到後將顯示在客戶歷史中。</translation>
    </message>
    <message>
        <source>Team &amp;Dashboard</source>
        <translation>團隊儀表板(&amp;D)</translation>
    </message>
    <message>
        <source>Your team&apos;s queues and agents with today&apos;s figures (Ctrl+Shift+D)</source>
        <translation>您團隊的佇列和客服及今日數據 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Reass&amp;ign To…</source>
        <translation>重新指派給(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the selected tickets to another member of their queue (Ctrl+Shift+R)</source>
        <translation>將選取的工單交給其佇列中的其他成員 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>The queue&apos;s members could not be read from the local cache: %1</source>
        <translation>無法從本機快取讀取佇列成員：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) reassigned to %1.</source>
        <translation>
            <numerusform>已將 %n 張工單重新指派給 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::Models::CacheRecovery</name>
    <message>
        <source>The local cache “%1” is damaged and could not be moved aside: %2</source>
        <translation>本機快取「%1」已損毀，且無法移至一旁：%2</translation>
    </message>
    <message numerus="yes">
        <source>The local cache was damaged. It was moved to “%1” and a fresh copy is being downloaded; %n change(s) you had not sent yet were kept.</source>
        <translation>
            <numerusform>本機快取已損毀，已將其移至「%1」，正在重新下載一份新的副本；您尚未送出的 %n 項變更已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could not be read and were lost.</source>
        <translation>
            <numerusform>有 %n 項未送出的變更無法讀取，已遺失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) about refused changes could not be read.</source>
        <translation>
            <numerusform>有 %n 則關於遭拒變更的通知無法讀取。</numerusform>
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
        <translation>工單</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
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
    <message>
        <source>Frontline cannot write to the local cache “%1”: the file, its folder or the disk is read-only. Nothing was saved; allow writing there or choose another cache location.</source>
        <translation>Frontline 無法寫入本機快取「%1」：該檔案、其所在資料夾或磁碟為唯讀。未儲存任何內容；請允許寫入該位置，或選擇其他快取位置。</translation>
    </message>
    <message>
        <source>The disk that holds the local cache “%1” is full. Nothing was saved; free some disk space and try again.</source>
        <translation>存放本機快取「%1」的磁碟已滿。未儲存任何內容；請釋放一些磁碟空間後再試一次。</translation>
    </message>
    <message>
        <source>Frontline could not save to the local cache “%1” (%2). Nothing was saved.</source>
        <translation>Frontline 無法儲存到本機快取「%1」（%2）。未儲存任何內容。</translation>
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
    <message>
        <source>Your change to this ticket is waiting to be sent to the server</source>
        <translation>您對此工單的變更正在等待傳送到伺服器</translation>
    </message>
    <message>
        <source>Unread: the customer wrote since you last opened this ticket
%1</source>
        <translation>未讀：自您上次開啟此工單後客戶有新留言
%1</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待傳送</translation>
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
    <name>Frontline::Models::StoreWriter</name>
    <message>
        <source>the cache is closed</source>
        <translation>快取已關閉</translation>
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
        <translation>上線狀態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始時間</translation>
    </message>
    <message>
        <source>Open assigned</source>
        <translation>已指派未完成</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日處理</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>首次回應中位數</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評分數</translation>
    </message>
</context>
<context>
    <name>Frontline::Models::TeamCsv</name>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>上線狀態</translation>
    </message>
    <message>
        <source>Presence since</source>
        <translation>狀態起始時間</translation>
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
        <translation>最長等待（分鐘）</translation>
    </message>
    <message>
        <source>First responses due soon</source>
        <translation>首次回應即將到期</translation>
    </message>
    <message>
        <source>First responses overdue</source>
        <translation>首次回應已逾時</translation>
    </message>
    <message>
        <source>Resolutions due soon</source>
        <translation>解決即將到期</translation>
    </message>
    <message>
        <source>Resolutions overdue</source>
        <translation>解決已逾時</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>今日新建</translation>
    </message>
    <message>
        <source>Solved today</source>
        <translation>今日解決</translation>
    </message>
    <message>
        <source>Solved today within SLA</source>
        <translation>今日在 SLA 內解決</translation>
    </message>
    <message>
        <source>Solved today late</source>
        <translation>今日逾時解決</translation>
    </message>
    <message>
        <source>Resolution rate (%)</source>
        <translation>解決率（%）</translation>
    </message>
    <message>
        <source>Open assigned</source>
        <translation>已指派未完成</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日處理</translation>
    </message>
    <message>
        <source>First responses today</source>
        <translation>今日首次回應</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>首次回應中位數（分鐘）</translation>
    </message>
    <message>
        <source>CSAT ratings</source>
        <translation>滿意度評分數</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>滿意度平均分</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>First responses due soon: %1
Resolutions due soon: %2</source>
        <translation>首次回應即將到期：%1
解決即將到期：%2</translation>
    </message>
    <message>
        <source>First responses overdue: %1
Resolutions overdue: %2</source>
        <translation>首次回應已逾時：%1
解決已逾時：%2</translation>
    </message>
    <message>
        <source>Solved today against solved plus still open of those created today</source>
        <translation>今日解決數 ÷（今日解決數 + 今日新建且仍未完成數）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>佇列</translation>
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
        <translation>最長等待</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>今日新建</translation>
    </message>
    <message>
        <source>Solved today</source>
        <translation>今日解決</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>首次回應中位數</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解決率</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評分數</translation>
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
        <translation>%1為空白。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超過 %2 個字元。</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1包含控制字元。</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>使用者名稱為空白。</translation>
    </message>
    <message>
        <source>The username is longer than %1 characters.</source>
        <translation>使用者名稱超過 %1 個字元。</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; may contain only letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;-&quot; and &quot;@&quot;, and must start with a letter or digit.</source>
        <translation>使用者名稱「%1」只能包含字母、數字、&quot;.&quot;、&quot;_&quot;、&quot;-&quot; 和 &quot;@&quot;，且必須以字母或數字開頭。</translation>
    </message>
    <message>
        <source>The server database %1 has not been set up yet. Run &quot;frontline-server init&quot; with the same --data-dir or --database first.</source>
        <translation>伺服器資料庫 %1 尚未初始化。請先使用相同的 --data-dir 或 --database 執行 &quot;frontline-server init&quot;。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>使用者「%1」不存在。</translation>
    </message>
    <message>
        <source>The role must be agent, lead or admin, not &quot;%1&quot;.</source>
        <translation>角色必須是 agent、lead 或 admin，而不是「%1」。</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>「%1」不是電子郵件地址。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>名為「%1」的使用者已存在。</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;; there are no queues yet (create them with &quot;frontline-server add-queue&quot;).</source>
        <translation>沒有名為「%1」的佇列；目前還沒有任何佇列（請用 &quot;frontline-server add-queue&quot; 建立）。</translation>
    </message>
    <message>
        <source>There is no queue named &quot;%1&quot;. The queues are: %2.</source>
        <translation>沒有名為「%1」的佇列。現有佇列：%2。</translation>
    </message>
    <message>
        <source>--sla takes PRIORITY=FIRST-RESPONSE/RESOLUTION in minutes, such as urgent=15/120 or high=1h/1d, not &quot;%1&quot;.</source>
        <translation>--sla 的格式為 PRIORITY=FIRST-RESPONSE/RESOLUTION（優先順序=首次回應/解決時限，以分鐘計），例如 urgent=15/120 或 high=1h/1d，而不是「%1」。</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot; in --sla %2; the priorities are low, normal, high and urgent.</source>
        <translation>--sla %2 中有未知的優先順序「%1」；優先順序可以是 low、normal、high 和 urgent。</translation>
    </message>
    <message>
        <source>--sla sets the %1 priority twice.</source>
        <translation>--sla 對優先順序 %1 設定了兩次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in --sla %2 is not a duration: give minutes (90) or a number with m, h or d (90m, 4h, 2d); 0 means no target.</source>
        <translation>--sla %2 中的「%1」不是有效的時間長度：請提供分鐘數（90）或加上 m、h 或 d 的數字（90m、4h、2d）；0 表示不設目標。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in --sla %2 is longer than a year.</source>
        <translation>--sla %2 中的「%1」超過一年。</translation>
    </message>
    <message>
        <source>In --sla %1 the first response (%2 minutes) is due after the resolution (%3 minutes).</source>
        <translation>在 --sla %1 中，首次回應時限（%2 分鐘）晚於解決時限（%3 分鐘）。</translation>
    </message>
    <message>
        <source>The queue name</source>
        <translation>佇列名稱</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A queue named &quot;%1&quot; already exists.</source>
        <translation>名為「%1」的佇列已存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as en, zh_CN or zh_TW.</source>
        <translation>「%1」不是語言代碼（如 en、zh_CN 或 zh_TW）。</translation>
    </message>
    <message>
        <source>%1, line %2: the title must be a level-one heading (&quot;# Title&quot;), not &quot;%3&quot;.</source>
        <translation>%1 第 %2 行：標題必須是一級標題（&quot;# Title&quot;），而不是「%3」。</translation>
    </message>
    <message>
        <source>%1, line %2: write the title as &quot;# Title&quot;, with a space after the &quot;#&quot;.</source>
        <translation>%1 第 %2 行：標題應寫成 &quot;# Title&quot;，&quot;#&quot; 後面要有一個空格。</translation>
    </message>
    <message>
        <source>%1, line %2: the title after &quot;#&quot; is empty.</source>
        <translation>%1 第 %2 行：&quot;#&quot; 後的標題為空白。</translation>
    </message>
    <message>
        <source>%1 has no title: the first heading must be a line starting with &quot;# &quot;.</source>
        <translation>%1 沒有標題：第一個標題必須是以 &quot;# &quot; 開頭的行。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; comes before the title; only the front matter lines &quot;category:&quot;, &quot;language:&quot; and &quot;tags:&quot; may.</source>
        <translation>%1 第 %2 行：「%3」出現在標題之前；標題之前只能有 &quot;category:&quot;、&quot;language:&quot; 和 &quot;tags:&quot; 這些前置中繼資料行。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3:&quot; appears twice in the front matter.</source>
        <translation>%1 第 %2 行：&quot;%3:&quot; 在前置中繼資料中出現了兩次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the title is longer than %2 characters.</source>
        <translation>%1：標題超過 %2 個字元。</translation>
    </message>
    <message>
        <source>%1: the text is longer than %2 characters.</source>
        <translation>%1：內文超過 %2 個字元。</translation>
    </message>
    <message>
        <source>%1: the category is longer than %2 characters.</source>
        <translation>%1：類別超過 %2 個字元。</translation>
    </message>
    <message>
        <source>%1: more than %2 tags.</source>
        <translation>%1：標籤超過 %2 個。</translation>
    </message>
    <message>
        <source>%1: the tag &quot;%2&quot; is longer than %3 characters.</source>
        <translation>%1：標籤「%2」超過 %3 個字元。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>「%1」不是資料夾。</translation>
    </message>
    <message>
        <source>There are no Markdown files (*.md) in %1.</source>
        <translation>%1 中沒有 Markdown 檔案（*.md）。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB.</source>
        <translation>%1 大於 %2 KiB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文字。</translation>
    </message>
    <message>
        <source>%1 Load demo data into a new database (init with another --data-dir), or with the --seed used before.</source>
        <translation>%1請將示範資料載入新的資料庫（使用另一個 --data-dir 執行 init），或使用先前用過的 --seed。</translation>
    </message>
    <message>
        <source>The database has a queue named &quot;%1&quot; that is not the demo data&apos;s.</source>
        <translation>資料庫中已有名為「%1」的佇列，但它不屬於示範資料。</translation>
    </message>
    <message>
        <source>The database has a user &quot;%1&quot; who is not the demo data&apos;s.</source>
        <translation>資料庫中已有使用者「%1」，但該使用者不屬於示範資料。</translation>
    </message>
    <message>
        <source>Ticket number %1 belongs to a ticket that is not the demo data&apos;s.</source>
        <translation>工單編號 %1 已被不屬於示範資料的工單使用。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::CommandLine</name>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>執行 &quot;%1 --help&quot; 以查看命令和選項。</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for its options.</source>
        <translation>執行 &quot;%1 %2 --help&quot; 以查看其選項。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>非預期的引數「%1」。</translation>
    </message>
    <message>
        <source>There is no server database at %1. Create it with &quot;%2 init&quot;, or give the server&apos;s --data-dir.</source>
        <translation>在 %1 找不到伺服器資料庫。請用 &quot;%2 init&quot; 建立，或指定伺服器的 --data-dir。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>The server&apos;s data directory, as for serving (default: the application data directory&apos;s &quot;server&quot; folder).</source>
        <translation>伺服器的資料目錄，與提供服務時相同（預設：應用程式資料目錄下的「server」資料夾）。</translation>
    </message>
    <message>
        <source>The server&apos;s PostgreSQL database, as for serving, such as postgresql://frontline@localhost:5432/frontline.</source>
        <translation>伺服器的 PostgreSQL 資料庫，與提供服務時相同，例如 postgresql://frontline@localhost:5432/frontline。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>顯示此說明並結束。</translation>
    </message>
    <message>
        <source>Passwords are not taken on the command line, where others can see them; type it when asked, pipe it on standard input, or use --password-file.</source>
        <translation>密碼不能在命令列中提供，因為其他人可能會看到；請在提示時輸入、透過管線從標準輸入傳入，或使用 --password-file。</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (default: ask for it on the terminal, or read the first line of standard input).</source>
        <translation>從 FILE 的第一行讀取密碼（預設：在終端機上詢問，或讀取標準輸入的第一行）。</translation>
    </message>
    <message>
        <source>The password in %1 is not UTF-8 text.</source>
        <translation>從%1讀取的密碼不是 UTF-8 文字。</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>終端機</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>無法讀取密碼檔案 %1：%2</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次輸入相同的密碼：</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準輸入</translation>
    </message>
    <message>
        <source>Safe to run again: an existing database is upgraded if it is older, and otherwise left as it is.</source>
        <translation>可放心重複執行：現有資料庫若版本較舊會被升級，否則維持不變。</translation>
    </message>
    <message>
        <source>Created the server database %1 (schema version %2).</source>
        <translation>已建立伺服器資料庫 %1（結構描述版本 %2）。</translation>
    </message>
    <message>
        <source>Upgraded the server database %1 from schema version %2 to %3.</source>
        <translation>已將伺服器資料庫 %1 從結構描述版本 %2 升級到 %3。</translation>
    </message>
    <message>
        <source>The server database %1 is up to date (schema version %2).</source>
        <translation>伺服器資料庫 %1 已是最新（結構描述版本 %2）。</translation>
    </message>
    <message>
        <source>Server id: %1</source>
        <translation>伺服器 ID：%1</translation>
    </message>
    <message>
        <source>The password is asked for on the terminal, read from the first line of standard input (echo &quot;$PASSWORD&quot; | %1 add-user …) or from --password-file; never from the command line.</source>
        <translation>密碼會在終端機上詢問，或從標準輸入的第一行讀取（echo &quot;$PASSWORD&quot; | %1 add-user …），或從 --password-file 讀取；絕不從命令列讀取。</translation>
    </message>
    <message>
        <source>The name the user is shown with (required).</source>
        <translation>使用者的顯示名稱（必填）。</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>使用者的電子郵件地址。</translation>
    </message>
    <message>
        <source>agent, lead or admin (default: agent).</source>
        <translation>角色：agent（客服）、lead（組長）或 admin（管理員），預設為 agent。</translation>
    </message>
    <message>
        <source>A queue the user works in, by name; repeat for more.</source>
        <translation>使用者負責的佇列（依名稱）；可重複此選項以指定多個佇列。</translation>
    </message>
    <message>
        <source>add-user needs the new user&apos;s USERNAME.</source>
        <translation>add-user 需要新使用者的 USERNAME（使用者名稱）。</translation>
    </message>
    <message>
        <source>add-user needs --name with the user&apos;s display name.</source>
        <translation>add-user 需要以 --name 指定使用者的顯示名稱。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已新增 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>The user can no longer sign in, and every session they have is revoked. Their tickets, messages and history are kept.</source>
        <translation>該使用者將無法再登入，其所有工作階段都會被撤銷。其工單、訊息和歷程記錄會保留。</translation>
    </message>
    <message>
        <source>%1 needs a USERNAME.</source>
        <translation>%1 需要 USERNAME（使用者名稱）。</translation>
    </message>
    <message numerus="yes">
        <source>Disabled %1; revoked %n session(s).</source>
        <translation>
            <numerusform>已停用 %1；撤銷了 %n 個工作階段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was disabled already; revoked %n session(s).</source>
        <translation>
            <numerusform>%1 先前已停用；撤銷了 %n 個工作階段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已啟用 %1。</translation>
    </message>
    <message>
        <source>%1 was not disabled.</source>
        <translation>%1 並未停用。</translation>
    </message>
    <message>
        <source>The user&apos;s sessions are revoked: they sign in again with the new password.</source>
        <translation>該使用者的工作階段將被撤銷：需使用新密碼重新登入。</translation>
    </message>
    <message>
        <source>set-password needs a USERNAME.</source>
        <translation>set-password 需要 USERNAME（使用者名稱）。</translation>
    </message>
    <message numerus="yes">
        <source>Changed the password of %1; revoked %n session(s).</source>
        <translation>
            <numerusform>已變更 %1 的密碼；撤銷了 %n 個工作階段。</numerusform>
        </translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>QUEUES</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>無密碼</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>SLA targets are first response/resolution per priority, in minutes or with a unit (m, h, d); 0 means no target. Priorities not given keep the defaults: %1.</source>
        <translation>SLA 目標依優先順序設定首次回應/解決時限，以分鐘計或加上單位（m、h、d）；0 表示不設目標。未指定的優先順序沿用預設值：%1。</translation>
    </message>
    <message>
        <source>What the queue is for.</source>
        <translation>佇列的用途。</translation>
    </message>
    <message>
        <source>An SLA target such as urgent=15/120 or high=1h/1d; repeat for each priority to change.</source>
        <translation>SLA 目標，例如 urgent=15/120 或 high=1h/1d；每個要變更的優先順序各重複一次此選項。</translation>
    </message>
    <message>
        <source>add-queue needs the new queue&apos;s NAME.</source>
        <translation>add-queue 需要新佇列的 NAME（名稱）。</translation>
    </message>
    <message>
        <source>Added the queue %1 with SLA %2.</source>
        <translation>已新增佇列 %1，SLA 為 %2。</translation>
    </message>
    <message>
        <source>SLA: first response/resolution per priority.</source>
        <translation>SLA：各優先順序的首次回應/解決時限。</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>ACTIVE TICKETS</source>
        <translation>未結工單</translation>
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
        <translation>匯入 DIR 及其子資料夾中的所有 .md 檔案。檔案開頭可以有以下前置中繼資料行：
  category: Billing
  language: zh_CN
  tags: refund, invoice
接著是標題行 &quot;# Title&quot;；其餘內容為文章內文。
文章以其在 DIR 中的路徑識別：再次匯入該資料夾會更新這些文章。</translation>
    </message>
    <message>
        <source>The language of files without a &quot;language:&quot; line (default: en).</source>
        <translation>沒有 &quot;language:&quot; 行的檔案所用的語言（預設：en）。</translation>
    </message>
    <message>
        <source>import-articles needs the DIR to import from.</source>
        <translation>import-articles 需要指定要匯入的 DIR（資料夾）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>「%1」不是資料夾。</translation>
    </message>
    <message>
        <source>Articles: %1 new, %2 updated, %3 unchanged.</source>
        <translation>文章：新增 %1 篇，更新 %2 篇，未變更 %3 篇。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>有 %n 個檔案無法匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>For trying Frontline out, not for a production server: every demo user, including the administrator &quot;admin&quot;, gets the demo password. The same seed and size always give the same data; loading it again updates it.</source>
        <translation>用於試用 Frontline，不適用於正式環境的伺服器：所有示範使用者（包括管理員 &quot;admin&quot;）都使用示範密碼。相同的種子和規模一律產生相同的資料；再次載入會更新這些資料。</translation>
    </message>
    <message>
        <source>How many tickets, 1-%1 (default: %2).</source>
        <translation>工單數量，範圍 1-%1（預設：%2）。</translation>
    </message>
    <message>
        <source>The random seed (default: %1).</source>
        <translation>亂數種子（預設：%1）。</translation>
    </message>
    <message>
        <source>The demo users&apos; password (default: frontline-demo).</source>
        <translation>示範使用者的密碼（預設：frontline-demo）。</translation>
    </message>
    <message>
        <source>--tickets must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--tickets 必須是 1 到 %1 之間的整數，而不是「%2」。</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed 必須是整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>--demo-password must not be empty.</source>
        <translation>--demo-password 不得為空白。</translation>
    </message>
    <message>
        <source>Storing %1: %2 of %3</source>
        <translation>正在儲存 %1：%2/%3</translation>
    </message>
    <message>
        <source>Stored %1 queues, %2 users, %3 customers, %4 tickets, %5 messages, %6 ratings, %7 articles and %8 canned replies.</source>
        <translation>已儲存 %1 個佇列、%2 位使用者、%3 位客戶、%4 張工單、%5 則訊息、%6 筆滿意度評分、%7 篇文章和 %8 則快速回覆。</translation>
    </message>
    <message>
        <source>Time: %1 generating, %2 hashing passwords, %3 storing; %4 in all.</source>
        <translation>耗時：產生 %1，密碼雜湊 %2，儲存 %3；共 %4。</translation>
    </message>
    <message>
        <source>Demo users (password &quot;%1&quot;): %2</source>
        <translation>示範使用者（密碼 &quot;%1&quot;）：%2</translation>
    </message>
    <message>
        <source>Usage: %1 [serve] [options]
       %1 COMMAND [options]</source>
        <translation>用法：%1 [serve] [options]
      %1 COMMAND [options]</translation>
    </message>
    <message>
        <source>Frontline&apos;s central sync server. Without a command, or with &quot;serve&quot;, it serves clients until it gets SIGINT (Ctrl+C) or SIGTERM.</source>
        <translation>Frontline 中央同步伺服器。不帶命令或使用 &quot;serve&quot; 命令時，它會為用戶端提供服務，直到收到 SIGINT（Ctrl+C）或 SIGTERM。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>執行 &quot;%1 COMMAND --help&quot; 以查看某個命令的選項。</translation>
    </message>
    <message>
        <source>Serve options:</source>
        <translation>serve 選項：</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在監聽 %1</translation>
    </message>
    <message>
        <source>Serve clients (the default).</source>
        <translation>為用戶端提供服務（預設）。</translation>
    </message>
    <message>
        <source>Create the database, or upgrade its schema, and print the server id.</source>
        <translation>建立資料庫或升級其結構描述，並輸出伺服器 ID。</translation>
    </message>
    <message>
        <source>Create a user; the password comes from the terminal, standard input or a file.</source>
        <translation>建立使用者；密碼來自終端機、標準輸入或檔案。</translation>
    </message>
    <message>
        <source>Stop a user from signing in and revoke their sessions.</source>
        <translation>禁止使用者登入並撤銷其工作階段。</translation>
    </message>
    <message>
        <source>Let a disabled user sign in again.</source>
        <translation>允許已停用的使用者重新登入。</translation>
    </message>
    <message>
        <source>Set a user&apos;s password and revoke their sessions.</source>
        <translation>設定使用者密碼並撤銷其工作階段。</translation>
    </message>
    <message>
        <source>Create a queue with its SLA targets.</source>
        <translation>建立佇列及其 SLA 目標。</translation>
    </message>
    <message>
        <source>List the users, their roles and queues.</source>
        <translation>列出使用者及其角色和佇列。</translation>
    </message>
    <message>
        <source>List the queues with their SLA targets.</source>
        <translation>列出佇列及其 SLA 目標。</translation>
    </message>
    <message>
        <source>Import or update knowledge-base articles from a folder of Markdown files.</source>
        <translation>從包含 Markdown 檔案的資料夾匯入或更新知識庫文章。</translation>
    </message>
    <message>
        <source>Load generated demo data: queues, users, customers, tickets, articles.</source>
        <translation>載入產生的示範資料：佇列、使用者、客戶、工單、文章。</translation>
    </message>
    <message>
        <source>Print the URL clients connect to with these options.</source>
        <translation>輸出使用這些選項時用戶端要連線的 URL。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知的命令「%1」。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::EntityStore</name>
    <message>
        <source>The ticket of this message does not exist.</source>
        <translation>此訊息所屬的工單不存在。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::PasswordHasher</name>
    <message>
        <source>The password is empty.</source>
        <translation>密碼為空白。</translation>
    </message>
    <message>
        <source>The password is not valid Unicode text.</source>
        <translation>密碼不是有效的 Unicode 文字。</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes.</source>
        <translation>密碼超過 %1 個位元組。</translation>
    </message>
    <message>
        <source>The password could not be hashed; the server may be out of memory.</source>
        <translation>無法對密碼進行雜湊處理；伺服器可能記憶體不足。</translation>
    </message>
    <message>
        <source>The stored password hash is not a valid Argon2 hash.</source>
        <translation>儲存的密碼雜湊不是有效的 Argon2 雜湊。</translation>
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
    <message>
        <source>Do not let team leads and admins change another agent&apos;s presence (default: leads may, for agents of their queues).</source>
        <translation>不允許組長和管理員變更其他客服的線上狀態（預設：組長可以變更其佇列中客服的狀態）。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::ServerDatabase</name>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>無法開啟伺服器資料庫 %1：%2</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::ServerSchema</name>
    <message>
        <source>The server database has schema version %1, newer than this frontline-server supports (%2).</source>
        <translation>伺服器資料庫的結構描述版本為 %1，比此 frontline-server 支援的版本（%2）更新。</translation>
    </message>
    <message>
        <source>The server database could not be upgraded from version %1 to %2 and was left unchanged: %3</source>
        <translation>伺服器資料庫無法從版本 %1 升級到 %2，已保持原樣：%3</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::SessionToken</name>
    <message>
        <source>The server&apos;s random number generator is not available.</source>
        <translation>伺服器的亂數產生器無法使用。</translation>
    </message>
</context>
<context>
    <name>Frontline::Server::TeamMetrics</name>
    <message>
        <source>The day for the team&apos;s metrics must end after it starts, within 48 hours.</source>
        <translation>團隊指標的統計日必須在開始之後結束，且不超過 48 小時。</translation>
    </message>
    <message>
        <source>The &quot;due soon&quot; threshold must be between 0 and 48 hours.</source>
        <translation>「即將到期」的門檻必須介於 0 到 48 小時之間。</translation>
    </message>
</context>
<context>
    <name>Frontline::Sync::SyncClient</name>
    <message numerus="yes">
        <source>Too many sign-in attempts; trying again in %n second(s).</source>
        <translation>
            <numerusform>登入嘗試次數過多；將在 %n 秒後重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>使用者名稱或密碼不正確。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>您的工作階段已過期，請重新登入。</translation>
    </message>
    <message>
        <source>Your session was ended. Please sign in again.</source>
        <translation>您的工作階段已結束，請重新登入。</translation>
    </message>
    <message>
        <source>Your account is disabled. Please contact your administrator.</source>
        <translation>您的帳戶已停用，請聯絡管理員。</translation>
    </message>
    <message>
        <source>The server refused to sign you in.</source>
        <translation>伺服器拒絕了您的登入。</translation>
    </message>
    <message>
        <source>This version of Frontline cannot work with this server. Please update Frontline.</source>
        <translation>此版本的 Frontline 無法與此伺服器搭配使用，請更新 Frontline。</translation>
    </message>
    <message>
        <source>Frontline could not save to its local cache: %1</source>
        <translation>Frontline 無法儲存到本機快取：%1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 changes</source>
        <translation>正在同步… 已接收 %1 項，共約 %2 項變更</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>離線 · %n 項變更等待送出</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
</context>
<context>
    <name>Frontline::Sync::SyncStore</name>
    <message>
        <source>a ticket</source>
        <translation>一張工單</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>The new ticket “%1”</source>
        <translation>新工單「%1」</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>另一位客服</translation>
    </message>
    <message>
        <source>%1 was already taken by %2.</source>
        <translation>%1 已由 %2 接手。</translation>
    </message>
    <message>
        <source>No ticket is waiting in your queues.</source>
        <translation>您的佇列中沒有等待處理的工單。</translation>
    </message>
    <message>
        <source>What you changed no longer exists, so your change was not saved.</source>
        <translation>您變更的內容已不存在，因此變更未儲存。</translation>
    </message>
    <message>
        <source>%1 is no longer in your queues, so your change was not saved.</source>
        <translation>%1 已不在您的佇列中，因此變更未儲存。</translation>
    </message>
    <message>
        <source>You may not make this change to %1.</source>
        <translation>您無權對 %1 進行此變更。</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>此客戶</translation>
    </message>
    <message>
        <source>%1 was changed by someone else at the same time, so your change was not saved.</source>
        <translation>%1 同時被其他人修改，因此您的變更未儲存。</translation>
    </message>
    <message>
        <source>The server did not accept your change to %1.</source>
        <translation>伺服器未接受您對 %1 的變更。</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>此項目</translation>
    </message>
    <message>
        <source>Your text was kept: you can copy it from this notice.</source>
        <translation>您的文字已保留：可從此通知中複製。</translation>
    </message>
    <message>
        <source>You may not change %1&apos;s status.</source>
        <translation>您無權變更 %1 的狀態。</translation>
    </message>
    <message>
        <source>The server did not change %1&apos;s status.</source>
        <translation>伺服器未變更 %1 的狀態。</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::CallDialog</name>
    <message>
        <source>The summary is %1 characters long; at most %2 fit.</source>
        <translation>摘要長 %1 個字元，最多只能 %2 個。</translation>
    </message>
    <message>
        <source>The call is kept in the thread as an internal note. A summary is required.</source>
        <translation>通話會作為內部備註保存在對話中。摘要為必填。</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>記錄通話</translation>
    </message>
    <message>
        <source>A phone call about %1.</source>
        <translation>關於 %1 的通話。</translation>
    </message>
    <message>
        <source>A phone call with %1 about %2.</source>
        <translation>與 %1 關於 %2 的通話。</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>來電(&amp;I)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>The customer called</source>
        <translation>客戶來電</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>去電(&amp;O)</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>去電</translation>
    </message>
    <message>
        <source>You called the customer</source>
        <translation>您打電話給客戶</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>時長(&amp;D)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Call duration, minutes</source>
        <translation>通話時長（分鐘）</translation>
    </message>
    <message>
        <source>How long the call lasted: the minutes</source>
        <translation>通話持續了多久：分鐘數</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Call duration, seconds</source>
        <translation>通話時長（秒）</translation>
    </message>
    <message>
        <source>How long the call lasted: the seconds beyond the minutes</source>
        <translation>通話持續了多久：分鐘之外的秒數</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>通話摘要</translation>
    </message>
    <message>
        <source>What was said and agreed on the call. Required.</source>
        <translation>通話中說了什麼、約定了什麼。必填。</translation>
    </message>
    <message>
        <source>What was said and agreed</source>
        <translation>說了什麼、約定了什麼</translation>
    </message>
    <message>
        <source>&amp;Log Call</source>
        <translation>記錄通話(&amp;L)</translation>
    </message>
    <message>
        <source>Adds the call to the ticket&apos;s thread</source>
        <translation>將通話加入工單對話中</translation>
    </message>
    <message>
        <source>Closes the dialog without logging the call</source>
        <translation>關閉對話框，不記錄通話</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::CsatDialog</name>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 個字元</translation>
    </message>
    <message>
        <source>%1 characters: at most %2 fit</source>
        <translation>%1 個字元：最多 %2 個</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s score first (keys 1 to 5)</source>
        <translation>請先選擇客戶的評分（按鍵 1 到 5）</translation>
    </message>
    <message>
        <source>Record Satisfaction</source>
        <translation>記錄滿意度</translation>
    </message>
    <message>
        <source>How satisfied was the customer with %1?</source>
        <translation>客戶對 %1 的滿意程度如何？</translation>
    </message>
    <message>
        <source>How satisfied was %1 with %2?</source>
        <translation>%1 對 %2 的滿意程度如何？</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>評分：</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Score %1 of 5: %2</source>
        <translation>評分 %1/5：%2</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction; the keys 1 to 5 choose it</source>
        <translation>客戶滿意度；按鍵 1 到 5 選擇</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>評語(&amp;C)：</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客戶評語</translation>
    </message>
    <message>
        <source>What the customer said about the service; optional, at most %1 characters</source>
        <translation>客戶對服務的評價；選填，最多 %1 個字元</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客戶說了什麼（選填）</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>Records the customer&apos;s rating of this ticket</source>
        <translation>記錄客戶對此工單的評分</translation>
    </message>
    <message>
        <source>Closes the dialog without recording a rating</source>
        <translation>關閉對話框，不記錄評分</translation>
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
        <translation>銀卡</translation>
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
        <translation>未知客戶</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tickets of this customer</source>
        <translation>該客戶的工單</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>重新整理歷史</translation>
    </message>
    <message>
        <source>Load older history</source>
        <translation>載入更早的歷史</translation>
    </message>
    <message>
        <source>Ask the server for this customer&apos;s older tickets</source>
        <translation>向伺服器取得該客戶更早的工單</translation>
    </message>
    <message>
        <source>Needs the server: you are offline</source>
        <translation>需要連線伺服器：您目前離線</translation>
    </message>
    <message>
        <source>%1 · VIP</source>
        <translation>%1 · VIP</translation>
    </message>
    <message>
        <source>Lifetime value %1</source>
        <translation>累計消費 %1</translation>
    </message>
    <message>
        <source>Select a ticket to see its customer&apos;s history.</source>
        <translation>選擇一張工單以檢視其客戶的歷史。</translation>
    </message>
    <message>
        <source>Loading this customer&apos;s history from the server…</source>
        <translation>正在從伺服器載入該客戶的歷史…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) from your queues are cached; older history needs the server.</source>
        <translation>
            <numerusform>已快取您佇列中的 %n 張工單；更早的歷史需要連線伺服器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete history cached (%n ticket(s)), fetched %1.</source>
        <translation>
            <numerusform>已快取完整歷史（%n 張工單），取得於 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest history cached (%n ticket(s)), fetched %1; older tickets need the server.</source>
        <translation>
            <numerusform>已快取最近的歷史（%n 張工單），取得於 %1；更早的工單需要連線伺服器。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached; this is what the cache holds.</source>
        <translation>無法連線伺服器；以下是快取中的內容。</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>您目前離線。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row; Chinese puts no space between them</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Customer&apos;s email address</source>
        <translation>客戶的電子郵件地址</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>客戶的電話號碼</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Reveal the email address</source>
        <translation>顯示完整電子郵件地址</translation>
    </message>
    <message>
        <source>Reveal the phone number</source>
        <translation>顯示完整電話號碼</translation>
    </message>
    <message>
        <source>Mask it again</source>
        <translation>重新遮蔽</translation>
    </message>
    <message>
        <source>Show it in full. Revealing a customer&apos;s contact details is recorded in the server&apos;s audit log.</source>
        <translation>顯示完整內容。查看客戶的聯絡方式會記錄在伺服器的稽核日誌中。</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::KnowledgeBasePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>搜尋知識庫（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜尋知識庫</translation>
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
        <translation>返回結果</translation>
    </message>
    <message>
        <source>Suggested for this ticket</source>
        <translation>為此工單推薦</translation>
    </message>
    <message>
        <source>Type to search the articles, offline too.</source>
        <translation>輸入即可搜尋文章，離線也可用。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>沒有符合的文章。</translation>
    </message>
    <message>
        <source>Insert into Reply</source>
        <translation>插入回覆</translation>
    </message>
    <message>
        <source>Puts the selected text, or the article&apos;s first paragraph, into the reply</source>
        <translation>將選取的文字（或文章的第一段）放入回覆</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::LeadDashboard</name>
    <message>
        <source>Updated %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>暫無數據</translation>
    </message>
    <message>
        <source>Waiting for the first figures from the server…</source>
        <translation>正在等待伺服器的首批數據…</translation>
    </message>
    <message>
        <source>Offline — no figures yet. They appear once the server is reachable.</source>
        <translation>離線 — 暫無數據。連線到伺服器後將顯示。</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>不到一分鐘前</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message>
        <source>Not current — figures from %1 (%2)</source>
        <translation>非最新 — %1 的數據（%2）</translation>
    </message>
    <message>
        <source>Offline — figures from %1 (%2)</source>
        <translation>離線 — %1 的數據（%2）</translation>
    </message>
    <message>
        <source>Today: %1 created, %2 solved</source>
        <translation>今日：新建 %1，解決 %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n deadline(s) breached</source>
        <translation>
            <numerusform>今日：%n 個截止時間已逾時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n rating(s), average %1</source>
        <translation>
            <numerusform>今日：%n 個評分，平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet today</source>
        <translation>今日尚無評分</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Team Dashboard</source>
        <translation>團隊儀表板</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>團隊儀表板</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>匯出為 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save today&apos;s queue and agent figures for a spreadsheet</source>
        <translation>將今日的佇列和客服數據儲存為試算表</translation>
    </message>
    <message>
        <source>When the figures were computed</source>
        <translation>數據的計算時間</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>No queues to show: the figures cover the queues you are a member of.</source>
        <translation>沒有可顯示的佇列：數據僅涵蓋您所屬的佇列。</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>Agents of the team</source>
        <translation>團隊客服</translation>
    </message>
    <message>
        <source>Presence, open assigned tickets, tickets handled today, median first response and CSAT; click a column header to sort</source>
        <translation>上線狀態、已指派未完成工單、今日處理工單、首次回應中位數和滿意度；點擊欄標題排序</translation>
    </message>
    <message>
        <source>Today hour by hour</source>
        <translation>今日逐小時</translation>
    </message>
    <message>
        <source>Created and solved</source>
        <translation>新建與解決</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA 逾時</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Tickets created and solved per hour</source>
        <translation>每小時新建與解決的工單</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>SLA deadlines breached per hour</source>
        <translation>每小時逾時的 SLA 截止時間</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Average CSAT rating per hour (1–5)</source>
        <translation>每小時平均滿意度評分（1–5）</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>已將 %1 設為%2。</translation>
    </message>
    <message>
        <source>Set %1 to %2; it reaches the server once it is reachable.</source>
        <translation>已將 %1 設為%2；將在連線到伺服器後傳送。</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>設定狀態(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the presence of the selected agents (also on the table&apos;s context menu)</source>
        <translation>變更所選客服的線上狀態（也可在表格的右鍵選單中操作）</translation>
    </message>
    <message>
        <source>Set the selected agents&apos; status</source>
        <translation>設定所選客服的狀態</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>設定狀態</translation>
    </message>
    <message>
        <source>Status for the selected agents</source>
        <translation>所選客服的狀態</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>線上(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>離開(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>忙碌(&amp;B)</translation>
    </message>
    <message>
        <source>O&amp;ffline</source>
        <translation>離線(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::NewTicketDialog</name>
    <message>
        <source>The local cache knows no queue to open the ticket in.</source>
        <translation>本機快取中沒有可用於新建工單的佇列。</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 fit.</source>
        <translation>訊息長 %1 個字元，最多只能 %2 個。</translation>
    </message>
    <message>
        <source>A subject and a first message are required. The server gives the ticket its number.</source>
        <translation>主旨和第一則訊息為必填。工單編號由伺服器分配。</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>新建工單</translation>
    </message>
    <message>
        <source>A new ticket for this customer.</source>
        <translation>為該客戶新建工單。</translation>
    </message>
    <message>
        <source>A new ticket for %1.</source>
        <translation>為 %1 新建工單。</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主旨(&amp;S)：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>What the new ticket is about. Required.</source>
        <translation>新工單是關於什麼的。必填。</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>佇列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>The team&apos;s queue the new ticket starts in</source>
        <translation>新工單所在的團隊佇列</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>How urgent the new ticket is; it sets the SLA deadlines</source>
        <translation>新工單的緊急程度，決定 SLA 截止時間</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>管道(&amp;H)：</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>How the customer reached you about it</source>
        <translation>客戶透過什麼方式聯絡您</translation>
    </message>
    <message>
        <source>&amp;First message:</source>
        <translation>第一則訊息(&amp;F)：</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>第一則訊息</translation>
    </message>
    <message>
        <source>The request in the customer&apos;s words, or what you agreed. Required.</source>
        <translation>客戶原話的訴求，或您與客戶的約定。必填。</translation>
    </message>
    <message>
        <source>What the customer asked for</source>
        <translation>客戶提出了什麼要求</translation>
    </message>
    <message>
        <source>&amp;Create Ticket</source>
        <translation>建立工單(&amp;C)</translation>
    </message>
    <message>
        <source>Creates the ticket; it is sent to the server when it can be</source>
        <translation>建立工單；可連線時傳送到伺服器</translation>
    </message>
    <message>
        <source>Closes the dialog without creating a ticket</source>
        <translation>關閉對話框，不建立工單</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::NoticesDialog</name>
    <message>
        <source>Text the server did not take — copy it to send it again:</source>
        <translation>伺服器未接受的文字——複製後可重新傳送：</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>複製文字(&amp;C)</translation>
    </message>
    <message>
        <source>No notices. When the server refuses a change, it is explained here.</source>
        <translation>沒有通知。伺服器拒絕某項變更時，會在這裡說明原因。</translation>
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
        <translation>您的狀態</translation>
    </message>
    <message>
        <source>Online, Away or Busy, as your colleagues and your lead see it; you become Away after a while without using the keyboard or the mouse</source>
        <translation>上線、離開或忙碌，同事和組長都能看到；一段時間不使用鍵盤或滑鼠後會變為離開</translation>
    </message>
    <message>
        <source>Your status, as your colleagues see it</source>
        <translation>同事看到的您的狀態</translation>
    </message>
    <message>
        <source>You are offline: your colleagues see you as Offline until the connection is back, then this status again</source>
        <translation>您已離線：連線恢復之前，同事看到您為「離線」，恢復後又會看到這個狀態</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::QueueFilterBar</name>
    <message>
        <source>All tickets</source>
        <translation>全部工單</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>我的佇列</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>指派給我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意優先順序</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>任意管道</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>篩選佇列</translation>
    </message>
    <message>
        <source>Which tickets</source>
        <translation>顯示哪些工單</translation>
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
        <source>One queue</source>
        <translation>單一佇列</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>佇列：%1</translation>
    </message>
    <message>
        <source>Only this queue&apos;s tickets are shown; click to show every queue again</source>
        <translation>僅顯示此佇列的工單；點擊可重新顯示所有佇列</translation>
    </message>
    <message>
        <source>Show every queue</source>
        <translation>顯示所有佇列</translation>
    </message>
    <message>
        <source>Only one queue&apos;s tickets are shown</source>
        <translation>僅顯示一個佇列的工單</translation>
    </message>
    <message>
        <source>Only the tickets of %1 are shown</source>
        <translation>僅顯示 %1 的工單</translation>
    </message>
    <message>
        <source>Filter by number, subject, customer or #tag (Ctrl+F)</source>
        <translation>依編號、主旨、客戶或 #標籤篩選 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words are looked for in the number, the subject and the customer&apos;s name; #refund or tag:refund shows the tickets tagged refund</source>
        <translation>在編號、主旨和客戶姓名中尋找輸入的詞；#退款 或 tag:退款 顯示帶有「退款」標籤的工單</translation>
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
        <translation>首次回應即將到期：%1
解決即將到期：%2</translation>
    </message>
    <message>
        <source>First responses overdue: %1
Resolutions overdue: %2</source>
        <translation>首次回應已逾時：%1
解決已逾時：%2</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>佇列 %1</translation>
    </message>
    <message>
        <source>%1 waiting, %2 open, oldest wait %3, %4 due soon, %5 breached; today %6 created, %7 solved, resolution rate %8, median first response %9, CSAT %10. Press Enter to show its tickets.</source>
        <translation>等待 %1，未完成 %2，最長等待 %3，即將到期 %4，已逾時 %5；今日新建 %6，解決 %7，解決率 %8，首次回應中位數 %9，滿意度 %10。按 Enter 顯示其工單。</translation>
    </message>
    <message>
        <source>Show the tickets of %1</source>
        <translation>顯示 %1 的工單</translation>
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
        <translation>最長等待</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>created today</source>
        <translation>今日新建</translation>
    </message>
    <message>
        <source>solved today</source>
        <translation>今日解決</translation>
    </message>
    <message>
        <source>resolution rate</source>
        <translation>解決率</translation>
    </message>
    <message>
        <source>median first response</source>
        <translation>首次回應中位數</translation>
    </message>
    <message>
        <source>CSAT (ratings)</source>
        <translation>滿意度（評分數）</translation>
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
    <name>Frontline::Widgets::ReassignDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>重新指派</translation>
    </message>
    <message numerus="yes">
        <source>Give %n ticket(s) to:</source>
        <translation>
            <numerusform>將 %n 張工單交給：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else is a member of this queue, so the ticket cannot be reassigned.</source>
        <translation>此佇列沒有其他成員，因此無法重新指派工單。</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>上線狀態</translation>
    </message>
    <message>
        <source>Open assigned</source>
        <translation>已指派未完成</translation>
    </message>
    <message>
        <source>Agents of the queue</source>
        <translation>佇列的客服</translation>
    </message>
    <message>
        <source>Each with their presence and the open tickets they have; the least loaded first</source>
        <translation>顯示每位客服的上線狀態和未完成工單數；負載最少的排在前面</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>重新指派(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>傳送回覆或備註</translation>
    </message>
    <message>
        <source>Canned reply: type # or / and its shortcut</source>
        <translation>快速回覆：輸入 # 或 / 加上它的快速詞</translation>
    </message>
    <message>
        <source>Next placeholder of a canned reply</source>
        <translation>快速回覆的下一個預留位置</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Save the tags typed in the ticket&apos;s Tags box</source>
        <translation>儲存在工單「標籤」框中輸入的標籤</translation>
    </message>
    <message>
        <source>Record Satisfaction: the customer&apos;s score, 1 to 5</source>
        <translation>記錄滿意度：客戶評分，1 到 5</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::SignInDialog</name>
    <message>
        <source>Sign in to Frontline</source>
        <translation>登入 Frontline</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>離線工作</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::TicketView</name>
    <message>
        <source>Add &amp;Note</source>
        <translation>新增備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send Reply</source>
        <translation>傳送回覆(&amp;S)</translation>
    </message>
    <message>
        <source>Internal note: only your team sees it</source>
        <translation>內部備註：只有您的團隊看得到</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回覆客戶</translation>
    </message>
    <message>
        <source>Sign in to a server to send</source>
        <translation>登入伺服器後才能傳送</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation>未開啟工單</translation>
    </message>
    <message>
        <source>Select a ticket in the queue to read it and answer.</source>
        <translation>在佇列中選擇一張工單即可閱讀並回覆。</translation>
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
        <translation>未知客戶</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>機器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待傳送</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>還沒有訊息。</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回覆(&amp;R)</translation>
    </message>
    <message>
        <source>A public reply the customer receives (Ctrl+R)</source>
        <translation>客戶會收到的公開回覆（Ctrl+R）</translation>
    </message>
    <message>
        <source>Internal &amp;Note</source>
        <translation>內部備註(&amp;N)</translation>
    </message>
    <message>
        <source>A note only your team sees (Ctrl+Shift+I)</source>
        <translation>只有您的團隊看得到的備註（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Sends the text of the composer (Ctrl+Enter)</source>
        <translation>傳送編輯框中的文字（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Fill in the highlighted placeholders first (Tab goes to the next)</source>
        <translation>請先填寫醒目標示的預留位置（按 Tab 跳到下一個）</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · # inserts a canned reply</source>
        <translation>Ctrl+Enter 傳送 · 輸入 # 插入快速回覆</translation>
    </message>
    <message>
        <source>%1 queue</source>
        <translation>%1 佇列</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>狀態(&amp;U)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>The ticket&apos;s status; choosing one saves it (Ctrl+Shift+S)</source>
        <translation>工單狀態；選擇後立即儲存 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Set the status (Ctrl+Shift+S)</source>
        <translation>設定狀態 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>優先順序(&amp;O)：</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>The ticket&apos;s priority; choosing one saves it and moves the SLA deadlines (Ctrl+Shift+P)</source>
        <translation>工單優先順序；選擇後立即儲存並調整 SLA 截止時間 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Set the priority (Ctrl+Shift+P)</source>
        <translation>設定優先順序 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>標籤(&amp;G)：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>The ticket&apos;s tags, separated by commas; Enter or leaving the box saves them (Ctrl+Shift+T)</source>
        <translation>工單標籤，以逗號分隔；按 Enter 或離開輸入框即儲存 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Tags, separated by commas; Enter saves</source>
        <translation>標籤，以逗號分隔；按 Enter 儲存</translation>
    </message>
    <message>
        <source>Transf&amp;er…</source>
        <translation>轉移(&amp;E)…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <source>Moves the ticket to another team&apos;s queue, with a reason (Ctrl+Shift+X)</source>
        <translation>將工單轉到其他團隊的佇列，並說明原因 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Move the ticket to another team&apos;s queue (Ctrl+Shift+X)</source>
        <translation>將工單轉到其他團隊的佇列 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>%1 is also viewing this ticket</source>
        <translation>%1 也在檢視此工單</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) are viewing this ticket</source>
        <translation>
            <numerusform>%1 和另外 %n 人正在檢視此工單</numerusform>
        </translation>
    </message>
    <message>
        <source>Colleagues viewing this ticket</source>
        <translation>正在檢視此工單的同事</translation>
    </message>
</context>
<context>
    <name>Frontline::Widgets::TransferDialog</name>
    <message>
        <source>There is no other queue to transfer this ticket to.</source>
        <translation>沒有其他佇列可以轉移此工單。</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 fit.</source>
        <translation>原因長 %1 個字元，最多只能 %2 個。</translation>
    </message>
    <message>
        <source>The ticket becomes unassigned in the new queue. A reason is required.</source>
        <translation>工單在新佇列中將變為未指派。原因為必填。</translation>
    </message>
    <message>
        <source>Transfer Ticket</source>
        <translation>轉移工單</translation>
    </message>
    <message>
        <source>Move %1 to another team&apos;s queue.</source>
        <translation>將 %1 轉到其他團隊的佇列。</translation>
    </message>
    <message>
        <source>To &amp;queue:</source>
        <translation>目標佇列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Target queue</source>
        <translation>目標佇列</translation>
    </message>
    <message>
        <source>The queue the ticket moves to</source>
        <translation>工單要轉到的佇列</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>轉移原因</translation>
    </message>
    <message>
        <source>Why the ticket moves; the receiving team reads it. Required.</source>
        <translation>為什麼轉移工單；接收團隊會看到。必填。</translation>
    </message>
    <message>
        <source>Why does this ticket belong to that team?</source>
        <translation>為什麼這張工單應由該團隊處理？</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>轉移(&amp;T)</translation>
    </message>
    <message>
        <source>Moves the ticket to the chosen queue</source>
        <translation>將工單轉到所選佇列</translation>
    </message>
    <message>
        <source>Closes the dialog without transferring</source>
        <translation>關閉對話框，不轉移</translation>
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
    <message>
        <source>Working offline from the local cache.</source>
        <translation>正在使用本機快取離線工作。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>The server does not send the team dashboard&apos;s figures (%1).</source>
        <translation>伺服器不傳送團隊儀表板的數據（%1）。</translation>
    </message>
</context>
</TS>
