SELECT substr("r"."latest", ?, ?)
FROM (SELECT "j1"."invoice_date" AS "latest"
FROM "invoices" AS "j1"
WHERE ((NOT (NOT ((typeof("j1"."invoice_date") = ?) AND (("j1"."invoice_date" GLOB ?) OR ("j1"."invoice_date" GLOB ?))))) AND EXISTS (SELECT ?
FROM "invoice_lines" AS "j0"
WHERE ("j0"."invoice_id" = "j1"."id")))
ORDER BY "j1"."invoice_date" DESC
LIMIT ?) AS "r"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: text 'text'
-- 4: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 5: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 6: integer 1
-- 7: integer 1
