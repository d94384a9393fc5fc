SELECT SUBSTRING(CAST("r"."latest" AS TEXT) FROM 1 FOR 10)
FROM (SELECT "s"."invoice_date" AS "latest"
FROM "invoices" AS "s"
WHERE (NOT (("s"."invoice_date" IS NULL) OR NOT (translate(SUBSTRING(CAST("s"."invoice_date" AS TEXT) FROM 1 FOR 7), $1, $2) = $3 AND SUBSTRING(CAST("s"."invoice_date" AS TEXT) FROM 6 FOR 2) BETWEEN $4 AND $5)))
ORDER BY "s"."invoice_date" DESC
LIMIT $6) AS "r"
-- bindings:
-- 1: text '0123456789'
-- 2: text '0000000000'
-- 3: text '0000-00'
-- 4: text '01'
-- 5: text '12'
-- 6: integer 1
