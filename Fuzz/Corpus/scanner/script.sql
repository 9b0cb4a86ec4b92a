CREATE TABLE contacts (id int, email text, phone text);
INSERT INTO contacts (id, email, phone)
VALUES
  (1, 'jane@example.org', '3125550182'),
  (2, E'bob@corp.example', '4155552671');
INSERT INTO contacts VALUES (3, 'multi
line jane@example.net', '030 1234 5678');
