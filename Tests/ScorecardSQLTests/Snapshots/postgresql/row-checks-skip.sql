WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", AVG("t0_invoices"."total") AS "average_invoice", COUNT(DISTINCT "t0_invoices"."customer_id") AS "buyers", AVG(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $7)) AS "days_to_due", COUNT(*) AS "invoice_count", SUM(CAST(ROUND(CAST(("t0_invoices"."total" * $8) AS NUMERIC)) AS BIGINT)) AS "revenue", ($9 * (SUM(CASE WHEN ("t0_invoices"."rating" >= $10) THEN $11 ELSE $12 END) - SUM(CASE WHEN ("t0_invoices"."rating" <= $13) THEN $14 ELSE $15 END)) / NULLIF(COUNT("t0_invoices"."rating"), $16)) AS "satisfaction"
FROM "invoices" AS "t0_invoices"
JOIN "windows" AS "w" ON (("t0_invoices"."invoice_date" >= "w"."lo") AND ("t0_invoices"."invoice_date" < "w"."hi"))
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $17)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND CAST("t0_invoices"."total" AS TEXT) NOT SIMILAR TO $18)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= $19))) AND (NOT (("t0_invoices"."rating" IS NOT NULL) AND CAST("t0_invoices"."rating" AS TEXT) NOT SIMILAR TO $20)) AND (("t0_invoices"."invoice_date" >= $21) AND ("t0_invoices"."invoice_date" < $22)))
GROUP BY "w"."id"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: real 24.0
-- 8: integer 100
-- 9: real 100.0
-- 10: integer 9
-- 11: real 1.0
-- 12: real 0.0
-- 13: integer 6
-- 14: real 1.0
-- 15: real 0.0
-- 16: integer 0
-- 17: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 18: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 19: real 10000000000000.0
-- 20: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 21: text '2025-07-01'
-- 22: text '2025-11-01'
