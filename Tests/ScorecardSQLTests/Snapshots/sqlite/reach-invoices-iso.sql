SELECT substr("r"."latest", ?, ?)
FROM (SELECT "s"."invoice_date" AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (NOT ((typeof("s"."invoice_date") = ?) AND (("s"."invoice_date" GLOB ?) OR ("s"."invoice_date" GLOB ?)))))
ORDER BY "s"."invoice_date" DESC
LIMIT ?) AS "r"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: text 'text'
-- 4: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 5: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 6: integer 1
