SELECT to_char(CAST("r"."latest" AS TIMESTAMP), 'YYYY-MM-DD')
FROM (SELECT MAX("j1"."invoice_date") AS "latest"
FROM "invoices" AS "j1"
WHERE ((NOT (("j1"."invoice_date" IS NULL) OR CAST("j1"."invoice_date" AS TEXT) NOT SIMILAR TO $1)) AND EXISTS (SELECT $2
FROM "invoice_lines" AS "j0"
WHERE ("j0"."invoice_id" = "j1"."id")))) AS "r"
-- bindings:
-- 1: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 2: integer 1
