-- A Frontline cache at schema version 6, as that version wrote it, with sample rows.
-- Frozen: the migration tests upgrade this file; never edit it to match newer code.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE agents (
        id TEXT PRIMARY KEY NOT NULL,
        username TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL,
        presence TEXT NOT NULL,
        rev INTEGER NOT NULL DEFAULT 0);
INSERT INTO agents VALUES('0b1e6f7a-2c3d-4e5f-8a9b-0c1d2e3f4a5b','wangfang','王芳','wangfang@cn.example.com','agent','online',2);
CREATE TABLE articles (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        published INTEGER NOT NULL DEFAULT 1,
        updated_at INTEGER,
        rev INTEGER NOT NULL DEFAULT 0);
CREATE TABLE canned_replies (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        shortcut TEXT NOT NULL,
        body TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        owner_id TEXT,
        team_queue_id TEXT,
        usage_count INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER,
        rev INTEGER NOT NULL DEFAULT 0);
CREATE TABLE csat_ratings (
        customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        ticket_id TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment TEXT NOT NULL DEFAULT '',
        rated_at INTEGER NOT NULL,
        PRIMARY KEY (customer_id, ticket_id)) WITHOUT ROWID;
INSERT INTO csat_ratings VALUES('c0ffee00-1111-4222-8333-444455556666','7e57ab1e-0000-4000-8000-000000000999',5,'很滿意',1763000000000);
CREATE TABLE customers (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        tier TEXT NOT NULL,
        vip INTEGER NOT NULL DEFAULT 0,
        tags TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        lifetime_value_cents INTEGER NOT NULL DEFAULT 0,
        rev INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER);
INSERT INTO customers VALUES('c0ffee00-1111-4222-8333-444455556666','陳美玲','meiling@tw.example.com','+886 912 345 678','zh_TW','gold',1,'["vip"]','Prefers phone calls',1234500,5,1763900000000);
CREATE TABLE messages (
        id TEXT PRIMARY KEY NOT NULL,
        ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        author_kind TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL DEFAULT '',
        visibility TEXT NOT NULL,
        body TEXT NOT NULL,
        rich_body TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL);
INSERT INTO messages VALUES('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee','7e57ab1e-0000-4000-8000-000000001042','customer','c0ffee00-1111-4222-8333-444455556666','陳美玲','public','我的訂單一週前就出貨了，但到現在還沒收到。','',1763900000000);
CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        entity_id TEXT,
        base_rev INTEGER,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0);
INSERT INTO outbox VALUES(1,'11111111-2222-4333-8444-555555555555','add_reply','7e57ab1e-0000-4000-8000-000000001042',7,'{"body":"我們已聯繫物流。"}',1763904000000,0);
CREATE TABLE queue_members (
        queue_id TEXT NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
        agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        PRIMARY KEY (queue_id, agent_id)) WITHOUT ROWID;
INSERT INTO queue_members VALUES('5a0c2a3e-7d6b-4a59-9a57-0f1f4c7e2b10','0b1e6f7a-2c3d-4e5f-8a9b-0c1d2e3f4a5b');
CREATE TABLE queues (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        sla TEXT NOT NULL DEFAULT '{}',
        rev INTEGER NOT NULL DEFAULT 0);
INSERT INTO queues VALUES('5a0c2a3e-7d6b-4a59-9a57-0f1f4c7e2b10','Billing','Invoices and refunds','{"low":{"firstResponseMinutes":480,"resolutionMinutes":4320},"normal":{"firstResponseMinutes":240,"resolutionMinutes":2880},"high":{"firstResponseMinutes":60,"resolutionMinutes":1440},"urgent":{"firstResponseMinutes":15,"resolutionMinutes":240}}',3);
CREATE TABLE sync_state (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO sync_state VALUES('cursor','4711');
CREATE TABLE tickets (
        id TEXT PRIMARY KEY NOT NULL,
        number INTEGER,
        subject TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        queue_id TEXT NOT NULL REFERENCES queues(id),
        channel TEXT NOT NULL,
        status TEXT NOT NULL,
        priority TEXT NOT NULL,
        assignee_id TEXT REFERENCES agents(id),
        tags TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        first_response_due INTEGER,
        resolution_due INTEGER,
        first_responded_at INTEGER,
        rev INTEGER NOT NULL DEFAULT 0);
INSERT INTO tickets VALUES('7e57ab1e-0000-4000-8000-000000001042',1042,'訂單 #20241587 尚未送達','c0ffee00-1111-4222-8333-444455556666','5a0c2a3e-7d6b-4a59-9a57-0f1f4c7e2b10','email','open','high','0b1e6f7a-2c3d-4e5f-8a9b-0c1d2e3f4a5b','["shipping"]',1763900000000,1763903600000,1763903600000,1763986400000,NULL,7);
CREATE TABLE confirmed_rows (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT,
        PRIMARY KEY (kind, id)) WITHOUT ROWID;
CREATE TABLE notices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        ticket_id TEXT,
        text TEXT NOT NULL,
        recovered_body TEXT NOT NULL DEFAULT '',
        seen INTEGER NOT NULL DEFAULT 0);
CREATE TABLE history_cache (
        customer_id TEXT PRIMARY KEY NOT NULL,
        fetched_at INTEGER NOT NULL,
        complete INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('outbox',1);
CREATE INDEX tickets_by_queue ON tickets(queue_id, status);
CREATE INDEX tickets_by_assignee ON tickets(assignee_id, status);
CREATE INDEX tickets_by_customer ON tickets(customer_id, created_at);
CREATE INDEX messages_by_ticket ON messages(ticket_id, created_at);
CREATE INDEX queue_members_by_agent ON queue_members(agent_id);
CREATE UNIQUE INDEX tickets_by_number ON tickets(number) WHERE number IS NOT NULL;
CREATE INDEX outbox_by_entity ON outbox(entity_id);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid', tokenize='frontline');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body); END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body); END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
CREATE TABLE canned_reply_usage (
        reply_id TEXT PRIMARY KEY NOT NULL,
        uses INTEGER NOT NULL DEFAULT 0,
        last_used_at INTEGER) WITHOUT ROWID;
CREATE TABLE drafts (
        ticket_id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('reply', 'note')),
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        sent_message_id TEXT) WITHOUT ROWID;
INSERT INTO drafts VALUES('7e57ab1e-0000-4000-8000-000000001042','note','物流單號已確認。',1763904100000,NULL);
COMMIT;
PRAGMA application_id = 1179405893;
PRAGMA user_version = 6;
