-- The schema a new SQLite database gets: what the migrations make, in their order.
-- Written by scripts/write_sqlite_schema.py; a test compares it with the migrations.
-- heads: 0015_optout_dates

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE customers (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	phone VARCHAR(32) NOT NULL, 
	email VARCHAR(254) NOT NULL, 
	language VARCHAR(5) NOT NULL, 
	sms_opt_out BOOLEAN NOT NULL, 
	email_opt_out BOOLEAN NOT NULL, 
	phone_invalid BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, vip BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_customers PRIMARY KEY (id)
);
CREATE INDEX ix_customers_email ON customers (email);
CREATE INDEX ix_customers_phone ON customers (phone);
CREATE TABLE order_counters (
	year INTEGER NOT NULL, 
	last INTEGER NOT NULL, 
	CONSTRAINT pk_order_counters PRIMARY KEY (year)
);
CREATE TABLE settings (
	"key" VARCHAR(120) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);
CREATE TABLE orders (
	id INTEGER NOT NULL, 
	number VARCHAR(20) NOT NULL, 
	external_id VARCHAR(100) NOT NULL, 
	source VARCHAR(20) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	version INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	status_changed_at DATETIME NOT NULL, 
	customer_id INTEGER NOT NULL, 
	delivery_method VARCHAR(20) NOT NULL, 
	recipient VARCHAR(200) NOT NULL, 
	address_line1 VARCHAR(300) NOT NULL, 
	address_line2 VARCHAR(300) NOT NULL, 
	city VARCHAR(120) NOT NULL, 
	postcode VARCHAR(20) NOT NULL, 
	region VARCHAR(120) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	pickup_point_code VARCHAR(40) NOT NULL, 
	payment_method VARCHAR(20) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	shipping_fee_minor INTEGER NOT NULL, 
	total_minor INTEGER NOT NULL, 
	amount_paid_minor INTEGER NOT NULL, 
	refund_due BOOLEAN NOT NULL, 
	item_count INTEGER NOT NULL, 
	pickup_code VARCHAR(12) NOT NULL, 
	shelf_slot VARCHAR(20) NOT NULL, 
	pickup_failures INTEGER NOT NULL, 
	notes TEXT NOT NULL, 
	customer_name VARCHAR(200) NOT NULL, 
	tracking_number VARCHAR(64) NOT NULL, 
	hold_count INTEGER NOT NULL, 
	search_text TEXT NOT NULL, channel_id INTEGER, external_number VARCHAR(40) DEFAULT '' NOT NULL, store_status VARCHAR(40) DEFAULT '' NOT NULL, store_modified VARCHAR(30) DEFAULT '' NOT NULL, priority BOOLEAN DEFAULT 0 NOT NULL, assigned_to VARCHAR(80) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_orders PRIMARY KEY (id), 
	CONSTRAINT fk_orders_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id), 
	CONSTRAINT uq_orders_number UNIQUE (number)
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
CREATE INDEX ix_orders_external_id ON orders (external_id);
CREATE INDEX ix_orders_hold_count ON orders (hold_count);
CREATE INDEX ix_orders_status ON orders (status);
CREATE INDEX ix_orders_status_created ON orders (status, created_at);
CREATE INDEX ix_orders_tracking_number ON orders (tracking_number);
CREATE TABLE holds (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	reason TEXT NOT NULL, 
	details JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(100) NOT NULL, 
	resolved_at DATETIME, 
	resolved_by VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_holds PRIMARY KEY (id), 
	CONSTRAINT fk_holds_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE INDEX ix_holds_order_id ON holds (order_id);
CREATE TABLE order_history (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(100) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	from_value VARCHAR(100) NOT NULL, 
	to_value VARCHAR(100) NOT NULL, 
	reason TEXT NOT NULL, 
	details JSON NOT NULL, stay_seconds FLOAT, 
	CONSTRAINT pk_order_history PRIMARY KEY (id), 
	CONSTRAINT fk_order_history_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE INDEX ix_order_history_order_id ON order_history (order_id);
CREATE TABLE order_lines (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	product_id INTEGER, 
	sku VARCHAR(64) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	quantity INTEGER NOT NULL, 
	unit_price_minor INTEGER NOT NULL, 
	weight_g INTEGER NOT NULL, 
	reserved BOOLEAN NOT NULL, 
	consumed BOOLEAN NOT NULL, 
	CONSTRAINT pk_order_lines PRIMARY KEY (id), 
	CONSTRAINT fk_order_lines_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT fk_order_lines_product_id_products FOREIGN KEY(product_id) REFERENCES products (id)
);
CREATE INDEX ix_order_lines_order_id ON order_lines (order_id);
CREATE INDEX ix_order_lines_sku ON order_lines (sku);
CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	order_id INTEGER, 
	channel VARCHAR(20) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	recipient VARCHAR(254) NOT NULL, 
	idempotency_key VARCHAR(200) NOT NULL, 
	payload JSON NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at DATETIME, 
	last_error TEXT NOT NULL, 
	gateway VARCHAR(30) NOT NULL, 
	gateway_id VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	sent_at DATETIME, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_outbox PRIMARY KEY (id), 
	CONSTRAINT fk_outbox_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE SET NULL, 
	CONSTRAINT uq_outbox_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_outbox_order_id ON outbox (order_id);
CREATE INDEX ix_outbox_status ON outbox (status);
CREATE TABLE shipments (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	carrier VARCHAR(30) NOT NULL, 
	service VARCHAR(60) NOT NULL, 
	tracking_number VARCHAR(64) NOT NULL, 
	external_id VARCHAR(100) NOT NULL, 
	status VARCHAR(60) NOT NULL, 
	label_path VARCHAR(500) NOT NULL, 
	label_format VARCHAR(10) NOT NULL, 
	created_at DATETIME NOT NULL, 
	last_synced_at DATETIME, 
	cancelled BOOLEAN NOT NULL, 
	idempotency_key VARCHAR(100), 
	details JSON NOT NULL, 
	CONSTRAINT pk_shipments PRIMARY KEY (id), 
	CONSTRAINT fk_shipments_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT uq_shipments_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_shipments_order_id ON shipments (order_id);
CREATE INDEX ix_shipments_tracking_number ON shipments (tracking_number);
CREATE TABLE tracking_events (
	id INTEGER NOT NULL, 
	shipment_id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	code VARCHAR(80) NOT NULL, 
	description TEXT NOT NULL, 
	location VARCHAR(200) NOT NULL, 
	mapped_status VARCHAR(20) NOT NULL, 
	raw JSON NOT NULL, 
	CONSTRAINT pk_tracking_events PRIMARY KEY (id), 
	CONSTRAINT fk_tracking_events_shipment_id_shipments FOREIGN KEY(shipment_id) REFERENCES shipments (id) ON DELETE CASCADE, 
	CONSTRAINT uq_tracking_events_event UNIQUE (shipment_id, at, code)
);
CREATE INDEX ix_tracking_events_shipment_id ON tracking_events (shipment_id);
CREATE VIRTUAL TABLE orders_fts USING fts5(search_text, content='orders', content_rowid='id', tokenize='trigram case_sensitive 0');
CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders BEGIN INSERT INTO orders_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders BEGIN INSERT INTO orders_fts(orders_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END;
CREATE TRIGGER orders_fts_au AFTER UPDATE OF search_text ON orders BEGIN INSERT INTO orders_fts(orders_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); INSERT INTO orders_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(80) NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	pin_hash VARCHAR(255) NOT NULL, 
	active BOOLEAN NOT NULL, 
	failed_pins INTEGER NOT NULL, 
	locked_until DATETIME, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_users PRIMARY KEY (id), 
	CONSTRAINT uq_users_name UNIQUE (name)
);
CREATE TABLE message_templates (
	id INTEGER NOT NULL, 
	event VARCHAR(40) NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	language VARCHAR(5) NOT NULL, 
	subject VARCHAR(300) NOT NULL, 
	body TEXT NOT NULL, 
	updated_at DATETIME NOT NULL, 
	updated_by VARCHAR(100) NOT NULL, fallback TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_message_templates PRIMARY KEY (id), 
	CONSTRAINT uq_message_templates_key UNIQUE (event, channel, language)
);
CREATE TABLE notify_preferences (
	customer_id INTEGER NOT NULL, 
	preferred_channel VARCHAR(20) NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_notify_preferences PRIMARY KEY (customer_id), 
	CONSTRAINT fk_notify_preferences_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE TABLE leases (
	name VARCHAR(80) NOT NULL, 
	holder VARCHAR(200) NOT NULL, 
	acquired_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	CONSTRAINT pk_leases PRIMARY KEY (name)
);
CREATE TABLE "products" (
	id INTEGER NOT NULL, 
	sku VARCHAR(64) NOT NULL, 
	barcode VARCHAR(64) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	price_minor INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	weight_g INTEGER NOT NULL, 
	stock_on_hand INTEGER NOT NULL, 
	reserved INTEGER NOT NULL, 
	bin_location VARCHAR(32) NOT NULL, 
	supplier VARCHAR(120) DEFAULT '' NOT NULL, 
	reorder_point INTEGER DEFAULT '0' NOT NULL, 
	reorder_quantity INTEGER DEFAULT '0' NOT NULL, 
	archived BOOLEAN DEFAULT 0 NOT NULL, search_text TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_products PRIMARY KEY (id), 
	CONSTRAINT uq_products_sku UNIQUE (sku)
);
CREATE INDEX ix_products_barcode ON products (barcode);
CREATE INDEX ix_products_supplier ON products (supplier);
CREATE TABLE product_barcodes (
	id INTEGER NOT NULL, 
	product_id INTEGER NOT NULL, 
	code VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_product_barcodes PRIMARY KEY (id), 
	CONSTRAINT fk_product_barcodes_product_id_products FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE CASCADE, 
	CONSTRAINT uq_product_barcodes_code UNIQUE (code)
);
CREATE INDEX ix_product_barcodes_product_id ON product_barcodes (product_id);
CREATE TABLE stock_movements (
	id INTEGER NOT NULL, 
	product_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	quantity INTEGER NOT NULL, 
	on_hand_after INTEGER NOT NULL, 
	reserved_after INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(100) NOT NULL, 
	reason TEXT NOT NULL, 
	order_id INTEGER, 
	document VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_stock_movements PRIMARY KEY (id), 
	CONSTRAINT fk_stock_movements_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE SET NULL, 
	CONSTRAINT fk_stock_movements_product_id_products FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE CASCADE
);
CREATE INDEX ix_stock_movements_order_id ON stock_movements (order_id);
CREATE INDEX ix_stock_movements_product_id_id ON stock_movements (product_id, id);
CREATE TABLE purchase_orders (
	id INTEGER NOT NULL, 
	number VARCHAR(20) NOT NULL, 
	supplier VARCHAR(120) NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(100) NOT NULL, 
	closed_at DATETIME, 
	CONSTRAINT pk_purchase_orders PRIMARY KEY (id), 
	CONSTRAINT uq_purchase_orders_number UNIQUE (number)
);
CREATE INDEX ix_purchase_orders_status ON purchase_orders (status);
CREATE TABLE purchase_order_lines (
	id INTEGER NOT NULL, 
	purchase_order_id INTEGER NOT NULL, 
	product_id INTEGER NOT NULL, 
	quantity INTEGER NOT NULL, 
	received INTEGER NOT NULL, 
	CONSTRAINT pk_purchase_order_lines PRIMARY KEY (id), 
	CONSTRAINT fk_purchase_order_lines_purchase_order_id_purchase_orders FOREIGN KEY(purchase_order_id) REFERENCES purchase_orders (id) ON DELETE CASCADE, 
	CONSTRAINT fk_purchase_order_lines_product_id_products FOREIGN KEY(product_id) REFERENCES products (id)
);
CREATE INDEX ix_purchase_order_lines_purchase_order_id ON purchase_order_lines (purchase_order_id);
CREATE INDEX ix_purchase_order_lines_product_id ON purchase_order_lines (product_id);
CREATE TABLE channels (
	id INTEGER NOT NULL, 
	name VARCHAR(60) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	base_url VARCHAR(300) NOT NULL, 
	settings JSON NOT NULL, 
	cursor VARCHAR(40) NOT NULL, 
	active BOOLEAN NOT NULL, 
	last_sync_at DATETIME, 
	last_error TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_channels PRIMARY KEY (id), 
	CONSTRAINT uq_channels_name UNIQUE (name)
);
CREATE UNIQUE INDEX uq_orders_channel_external ON orders (channel_id, external_id);
CREATE TABLE store_pushes (
	id INTEGER NOT NULL, 
	channel_id INTEGER NOT NULL, 
	order_id INTEGER, 
	kind VARCHAR(20) NOT NULL, 
	payload JSON NOT NULL, 
	idempotency_key VARCHAR(200) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at DATETIME, 
	claimed_by VARCHAR(100) NOT NULL, 
	claimed_until DATETIME, 
	outcome_unknown BOOLEAN NOT NULL, 
	last_error TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	sent_at DATETIME, 
	CONSTRAINT pk_store_pushes PRIMARY KEY (id), 
	CONSTRAINT fk_store_pushes_channel_id_channels FOREIGN KEY(channel_id) REFERENCES channels (id) ON DELETE CASCADE, 
	CONSTRAINT fk_store_pushes_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE SET NULL, 
	CONSTRAINT uq_store_pushes_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_store_pushes_channel_id ON store_pushes (channel_id);
CREATE INDEX ix_store_pushes_order_id ON store_pushes (order_id);
CREATE INDEX ix_store_pushes_status ON store_pushes (status);
CREATE INDEX ix_order_history_step ON order_history (kind, to_value, order_id, at);
CREATE INDEX ix_order_history_at ON order_history (at);
CREATE TABLE automation_firings (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	rule VARCHAR(40) NOT NULL, 
	step VARCHAR(80) NOT NULL, 
	at DATETIME NOT NULL, 
	CONSTRAINT pk_automation_firings PRIMARY KEY (id), 
	CONSTRAINT fk_automation_firings_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT uq_automation_firings_once UNIQUE (order_id, rule, step)
);
CREATE INDEX ix_automation_firings_order_id ON automation_firings (order_id);
CREATE VIRTUAL TABLE products_fts USING fts5(search_text, content='products', content_rowid='id', tokenize='trigram case_sensitive 0');
CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN INSERT INTO products_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END;
CREATE TRIGGER products_fts_au AFTER UPDATE OF search_text ON products BEGIN INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); INSERT INTO products_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
CREATE TRIGGER order_history_stay_ai AFTER INSERT ON order_history WHEN new.kind IN ('status', 'create') BEGIN UPDATE order_history SET stay_seconds = (julianday(new.at) - julianday(at)) * 86400.0 WHERE id = (SELECT p.id FROM order_history p WHERE p.order_id = new.order_id AND p.kind IN ('status', 'create') AND (p.at < new.at OR (p.at = new.at AND p.id < new.id)) ORDER BY p.at DESC, p.id DESC LIMIT 1); UPDATE order_history SET stay_seconds = (SELECT (julianday(n.at) - julianday(order_history.at)) * 86400.0 FROM order_history n WHERE n.order_id = order_history.order_id AND n.kind IN ('status', 'create') AND (n.at > order_history.at OR (n.at = order_history.at AND n.id > order_history.id)) ORDER BY n.at, n.id LIMIT 1) WHERE id = new.id AND EXISTS (SELECT 1 FROM order_history n WHERE n.order_id = new.order_id AND n.kind IN ('status', 'create') AND (n.at > new.at OR (n.at = new.at AND n.id > new.id))); END;
CREATE TRIGGER order_history_stay_au AFTER UPDATE OF at, kind ON order_history BEGIN UPDATE order_history SET stay_seconds = CASE WHEN kind IN ('status', 'create') THEN (SELECT (julianday(n.at) - julianday(order_history.at)) * 86400.0 FROM order_history n WHERE n.order_id = order_history.order_id AND n.kind IN ('status', 'create') AND (n.at > order_history.at OR (n.at = order_history.at AND n.id > order_history.id)) ORDER BY n.at, n.id LIMIT 1) END WHERE order_id = new.order_id; END;
CREATE TRIGGER order_history_stay_ad AFTER DELETE ON order_history WHEN old.kind IN ('status', 'create') BEGIN UPDATE order_history SET stay_seconds = CASE WHEN kind IN ('status', 'create') THEN (SELECT (julianday(n.at) - julianday(order_history.at)) * 86400.0 FROM order_history n WHERE n.order_id = order_history.order_id AND n.kind IN ('status', 'create') AND (n.at > order_history.at OR (n.at = order_history.at AND n.id > order_history.id)) ORDER BY n.at, n.id LIMIT 1) END WHERE order_id = old.order_id; END;
CREATE INDEX ix_order_history_stay ON order_history (to_value, stay_seconds, at) WHERE kind IN ('status', 'create') AND stay_seconds IS NOT NULL;
CREATE INDEX ix_orders_open_since ON orders (status_changed_at, id) WHERE status IN ('new', 'confirmed', 'awaiting_payment', 'paid', 'assembling', 'packed', 'ready_for_pickup', 'shipped', 'in_transit');
CREATE INDEX ix_orders_status_priority_id ON orders (status, priority, id);
CREATE INDEX ix_orders_assigned_to ON orders (assigned_to);
CREATE TABLE return_counters (
	year INTEGER NOT NULL, 
	last INTEGER NOT NULL, 
	CONSTRAINT pk_return_counters PRIMARY KEY (year)
);
CREATE TABLE returns (
	id INTEGER NOT NULL, 
	number VARCHAR(20) NOT NULL, 
	order_id INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	note TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(100) NOT NULL, 
	updated_at DATETIME NOT NULL, 
	exchange_order_id INTEGER, 
	CONSTRAINT pk_returns PRIMARY KEY (id), 
	CONSTRAINT fk_returns_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT uq_returns_number UNIQUE (number)
);
CREATE INDEX ix_returns_order_id ON returns (order_id);
CREATE INDEX ix_returns_status ON returns (status);
CREATE TABLE return_lines (
	id INTEGER NOT NULL, 
	return_id INTEGER NOT NULL, 
	order_line_id INTEGER NOT NULL, 
	sku VARCHAR(64) NOT NULL, 
	quantity INTEGER NOT NULL, 
	unit_price_minor INTEGER NOT NULL, 
	reason VARCHAR(20) NOT NULL, 
	note TEXT NOT NULL, 
	received INTEGER NOT NULL, 
	restocked INTEGER NOT NULL, 
	written_off INTEGER NOT NULL, 
	repair INTEGER NOT NULL, 
	state_note TEXT NOT NULL, 
	CONSTRAINT pk_return_lines PRIMARY KEY (id), 
	CONSTRAINT fk_return_lines_return_id_returns FOREIGN KEY(return_id) REFERENCES returns (id) ON DELETE CASCADE, 
	CONSTRAINT fk_return_lines_order_line_id_order_lines FOREIGN KEY(order_line_id) REFERENCES order_lines (id) ON DELETE CASCADE
);
CREATE INDEX ix_return_lines_return_id ON return_lines (return_id);
CREATE INDEX ix_return_lines_order_line_id ON return_lines (order_line_id);
CREATE TABLE return_refunds (
	id INTEGER NOT NULL, 
	return_id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	idempotency_key VARCHAR(100) NOT NULL, 
	amount_minor INTEGER NOT NULL, 
	lines_minor INTEGER NOT NULL, 
	shipping_minor INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	payment_method VARCHAR(20) NOT NULL, 
	api_refund BOOLEAN NOT NULL, 
	push_status VARCHAR(20) NOT NULL, 
	reason TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_return_refunds PRIMARY KEY (id), 
	CONSTRAINT fk_return_refunds_return_id_returns FOREIGN KEY(return_id) REFERENCES returns (id) ON DELETE CASCADE, 
	CONSTRAINT fk_return_refunds_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT uq_return_refunds_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_return_refunds_return_id ON return_refunds (return_id);
CREATE INDEX ix_return_refunds_order_id ON return_refunds (order_id);
CREATE TABLE complaints (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	return_number VARCHAR(20) DEFAULT '' NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(100) DEFAULT '' NOT NULL, 
	claim TEXT NOT NULL, 
	ask VARCHAR(20) NOT NULL, 
	country VARCHAR(2) DEFAULT '' NOT NULL, 
	due_on DATE NOT NULL, 
	decision VARCHAR(10) DEFAULT '' NOT NULL, 
	decision_text TEXT DEFAULT '' NOT NULL, 
	decided_at DATETIME, 
	decided_by VARCHAR(100) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_complaints PRIMARY KEY (id), 
	CONSTRAINT fk_complaints_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE INDEX ix_complaints_order_id ON complaints (order_id);
CREATE INDEX ix_complaints_open_due ON complaints (decision, due_on);
CREATE INDEX ix_order_history_handover ON order_history (order_id, to_value, at) WHERE kind = 'status' AND to_value IN ('paid', 'confirmed', 'shipped', 'ready_for_pickup');
CREATE TABLE return_photos (
	id INTEGER NOT NULL, 
	return_id INTEGER NOT NULL, 
	file_name VARCHAR(200) DEFAULT '' NOT NULL, 
	content_type VARCHAR(40) NOT NULL, 
	size INTEGER NOT NULL, 
	data BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(100) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_return_photos PRIMARY KEY (id), 
	CONSTRAINT fk_return_photos_return_id_returns FOREIGN KEY(return_id) REFERENCES returns (id) ON DELETE CASCADE
);
CREATE INDEX ix_return_photos_return_id ON return_photos (return_id);
CREATE TABLE customer_opt_outs (
	id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	channel VARCHAR(8) NOT NULL, 
	opted_out BOOLEAN NOT NULL, 
	at DATETIME NOT NULL, 
	gateway VARCHAR(40) DEFAULT '' NOT NULL, 
	actor VARCHAR(100) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_customer_opt_outs PRIMARY KEY (id), 
	CONSTRAINT fk_customer_opt_outs_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_opt_outs_at ON customer_opt_outs (at);
CREATE INDEX ix_customer_opt_outs_customer ON customer_opt_outs (customer_id, channel);
INSERT INTO alembic_version (version_num) VALUES ('0015_optout_dates');
