SELECT to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", "t0_invoices"."total" AS "c1", "t0_invoices"."total" AS "c2", "t0_invoices"."customer_id" AS "k3", CASE WHEN ("t0_invoices"."total" > $1) THEN "t0_invoices"."customer_id" END AS "k4", ((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $2) AS "c5", ((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $3) AS "c6", $4 AS "c7", "t0_invoices"."total" AS "c8", "t0_invoices"."total" AS "v9", "t0_invoices"."rating" AS "c10", CAST(ROUND(CAST(("t0_invoices"."total" * $5) AS NUMERIC)) AS BIGINT) AS "c11", CASE WHEN ("t0_invoices"."rating" >= $6) THEN $7 ELSE $8 END AS "c12", CASE WHEN ("t0_invoices"."rating" <= $9) THEN $10 ELSE $11 END AS "c13", "t0_invoices"."rating" AS "c14", "t0_invoices"."total" AS "c15", "t0_invoices"."total" AS "b16", "t0_invoices"."rating" AS "b17", "t0_invoices"."id" AS "row_key"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < $12) OR (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $13))
-- bindings:
-- 1: integer 1
-- 2: real 24.0
-- 3: real 24.0
-- 4: integer 1
-- 5: integer 100
-- 6: integer 9
-- 7: integer 1
-- 8: integer 0
-- 9: integer 6
-- 10: integer 1
-- 11: integer 0
-- 12: text '2025-11-01'
-- 13: text '[0-9]{4}-(0[1-9]|1[0-2])%'
