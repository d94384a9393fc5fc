WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", "t0_customers"."country" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", PERCENTILE_CONT($7) WITHIN GROUP (ORDER BY "t0_invoices"."total") AS "median_invoice"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE (("t0_invoices"."invoice_date" >= $8) AND ("t0_invoices"."invoice_date" < $9))
GROUP BY "w"."id", "t0_customers"."country"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: real 0.5
-- 8: text '2025-07-01'
-- 9: text '2025-11-01'
