SELECT SUBSTRING(CAST("r"."latest" AS TEXT) FROM 1 FOR 10)
FROM (SELECT "j1"."invoice_date" AS "latest"
FROM "invoices" AS "j1"
WHERE ((NOT (("j1"."invoice_date" IS NULL) OR NOT (translate(SUBSTRING(CAST("j1"."invoice_date" AS TEXT) FROM 1 FOR 7), $1, $2) = $3 AND SUBSTRING(CAST("j1"."invoice_date" AS TEXT) FROM 6 FOR 2) BETWEEN $4 AND $5))) AND EXISTS (SELECT $6
FROM "invoice_lines" AS "j0"
WHERE ("j0"."invoice_id" = "j1"."id")))
ORDER BY "j1"."invoice_date" DESC
LIMIT $7) AS "r"
-- bindings:
-- 1: text '0123456789'
-- 2: text '0000000000'
-- 3: text '0000-00'
-- 4: text '01'
-- 5: text '12'
-- 6: integer 1
-- 7: integer 1
