SELECT CAST("t0_invoices"."customer_id" AS TEXT) AS "key", SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7) AS "month", COUNT(*) AS "rows"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < $1) AND ("t0_invoices"."customer_id" IS NOT NULL))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7)
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7)
-- bindings:
-- 1: text '2025-11-01'
