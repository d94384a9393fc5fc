SELECT CAST("t0_invoices"."customer_id" AS TEXT) AS "key", substr("t0_invoices"."invoice_date", ?, ?) AS "month", COUNT(*) AS "rows"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < ?) AND ("t0_invoices"."customer_id" IS NOT NULL))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), substr("t0_invoices"."invoice_date", ?, ?)
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), substr("t0_invoices"."invoice_date", ?, ?)
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: integer 7
-- 6: integer 1
-- 7: integer 7
