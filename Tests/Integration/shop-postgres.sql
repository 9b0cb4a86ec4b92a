CREATE TABLE customers (id integer PRIMARY KEY, name varchar(100), email varchar(200), phone varchar(50), ssn varchar(20), note text);
CREATE TABLE payments (id integer PRIMARY KEY, customer_id integer, iban varchar(40), card_number varchar(30), external_ref bigint);
INSERT INTO customers VALUES (1, 'Jane O''Brien', 'jane.obrien@example.org', '+46 70 602 19 62', '536-22-1234', 'diagnosed with diabetes');
INSERT INTO customers VALUES (2, 'Bob Smith', 'bob@corp.example', '3125550182', NULL, 'line one' || chr(9) || 'call' || chr(10) || 'me at +44 20 7946 0958');
INSERT INTO customers VALUES (3, 'Ana "Nana" Silva', 'ana.silva@example.com', '030 1234 5678', '536-22-9876', 'back\slash, ends with a backslash\');
INSERT INTO payments VALUES (1, 1, 'DE89 3704 0044 0532 0130 00', '4111 1111 1111 1111', 656738916033835146);
INSERT INTO payments VALUES (2, 2, 'GB82WEST12345698765432', '5555555555554444', 1234);
