SELECT to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM("t0_invoices"."total") AS "c2", COUNT("t0_invoices"."total") AS "c3", SUM(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $1)) AS "c4", COUNT(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $2)) AS "c5", COUNT($3) AS "c6", MAX(CAST("t0_invoices"."total" AS DOUBLE PRECISION)) AS "c7", COUNT("t0_invoices"."rating") AS "c8", SUM(CAST(ROUND(CAST(("t0_invoices"."total" * $4) AS NUMERIC)) AS BIGINT)) AS "c9", SUM(CASE WHEN ("t0_invoices"."rating" >= $5) THEN $6 ELSE $7 END) AS "c10", SUM(CASE WHEN ("t0_invoices"."rating" <= $8) THEN $9 ELSE $10 END) AS "c11", COUNT("t0_invoices"."rating") AS "c12", MIN(CAST("t0_invoices"."total" AS DOUBLE PRECISION)) AS "c13", COUNT("t0_invoices"."total") AS "n0", SUM(CASE WHEN (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $11) THEN $12 ELSE $13 END) AS "bad0", SUM(CASE WHEN (("t0_invoices"."total" IS NOT NULL) AND CAST("t0_invoices"."total" AS TEXT) NOT SIMILAR TO $14) THEN $15 ELSE $16 END) AS "bad1", SUM(CASE WHEN (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= $17)) THEN $18 ELSE $19 END) AS "bad2", SUM(CASE WHEN (("t0_invoices"."rating" IS NOT NULL) AND CAST("t0_invoices"."rating" AS TEXT) NOT SIMILAR TO $20) THEN $21 ELSE $22 END) AS "bad3"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < $23) OR (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $24))
GROUP BY to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM')
-- bindings:
-- 1: real 24.0
-- 2: real 24.0
-- 3: integer 1
-- 4: integer 100
-- 5: integer 9
-- 6: integer 1
-- 7: integer 0
-- 8: integer 6
-- 9: integer 1
-- 10: integer 0
-- 11: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 12: integer 1
-- 13: integer 0
-- 14: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 15: integer 1
-- 16: integer 0
-- 17: real 10000000000000.0
-- 18: integer 1
-- 19: integer 0
-- 20: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 21: integer 1
-- 22: integer 0
-- 23: text '2025-11-01'
-- 24: text '[0-9]{4}-(0[1-9]|1[0-2])%'
