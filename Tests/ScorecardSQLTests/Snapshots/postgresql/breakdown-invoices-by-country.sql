WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", "t0_customers"."country" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", AVG("t0_invoices"."total") AS "average_invoice", COUNT(DISTINCT "t0_invoices"."customer_id") AS "buyers", AVG(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $7)) AS "days_to_due", COUNT(*) AS "invoice_count", SUM(CAST(ROUND(CAST(("t0_invoices"."total" * $8) AS NUMERIC)) AS BIGINT)) AS "revenue", ($9 * (SUM(CASE WHEN ("t0_invoices"."rating" >= $10) THEN $11 ELSE $12 END) - SUM(CASE WHEN ("t0_invoices"."rating" <= $13) THEN $14 ELSE $15 END)) / NULLIF(COUNT("t0_invoices"."rating"), $16)) AS "satisfaction"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE (("t0_invoices"."invoice_date" >= $17) AND ("t0_invoices"."invoice_date" < $18))
GROUP BY "w"."id", "t0_customers"."country"
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
-- 17: text '2025-07-01'
-- 18: text '2025-11-01'
