WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", "t0_invoices"."customer_id", MIN("t0_customers"."country"), MAX($7), SUM($8)
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE (("t0_invoices"."customer_id" IS NOT NULL) AND (("t0_invoices"."invoice_date" >= $9) AND ("t0_invoices"."invoice_date" < $10)))
GROUP BY "w"."id", "t0_invoices"."customer_id"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: integer 1
-- 8: integer 1
-- 9: text '2025-07-01'
-- 10: text '2025-11-01'
