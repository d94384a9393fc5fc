SELECT to_char(CAST("r"."latest" AS TIMESTAMP), 'YYYY-MM-DD')
FROM (SELECT MAX("s"."invoice_date") AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."invoice_date" IS NULL) OR CAST("s"."invoice_date" AS TEXT) NOT SIMILAR TO $1))) AS "r"
-- bindings:
-- 1: text '[0-9]{4}-(0[1-9]|1[0-2])%'
