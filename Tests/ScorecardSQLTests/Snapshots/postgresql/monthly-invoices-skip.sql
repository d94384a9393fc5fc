SELECT to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM("t0_invoices"."total") AS "c2", COUNT("t0_invoices"."total") AS "c3", SUM(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $1)) AS "c4", COUNT(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $2)) AS "c5", COUNT($3) AS "c6", SUM(CAST(ROUND(CAST(("t0_invoices"."total" * $4) AS NUMERIC)) AS BIGINT)) AS "c7", SUM(CASE WHEN ("t0_invoices"."rating" >= $5) THEN $6 ELSE $7 END) AS "c8", SUM(CASE WHEN ("t0_invoices"."rating" <= $8) THEN $9 ELSE $10 END) AS "c9", COUNT("t0_invoices"."rating") AS "c10"
FROM "invoices" AS "t0_invoices"
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $11)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($12, $13, $14) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($15, $16, $17) THEN CAST("t0_invoices"."total" AS TEXT) IN ($18, $19, $20) ELSE (("t0_invoices"."total" IS NOT NULL) AND CAST("t0_invoices"."total" AS TEXT) NOT SIMILAR TO $21) END)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= $22))) AND (NOT (("t0_invoices"."rating" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($23, $24, $25) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($26, $27, $28) THEN CAST("t0_invoices"."rating" AS TEXT) IN ($29, $30, $31) ELSE (("t0_invoices"."rating" IS NOT NULL) AND CAST("t0_invoices"."rating" AS TEXT) NOT SIMILAR TO $32) END)) AND (("t0_invoices"."invoice_date" >= $33) AND ("t0_invoices"."invoice_date" < $34)))
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
-- 12: text 'smallint'
-- 13: text 'integer'
-- 14: text 'bigint'
-- 15: text 'numeric'
-- 16: text 'real'
-- 17: text 'double precision'
-- 18: text 'NaN'
-- 19: text 'Infinity'
-- 20: text '-Infinity'
-- 21: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 22: real 10000000000000.0
-- 23: text 'smallint'
-- 24: text 'integer'
-- 25: text 'bigint'
-- 26: text 'numeric'
-- 27: text 'real'
-- 28: text 'double precision'
-- 29: text 'NaN'
-- 30: text 'Infinity'
-- 31: text '-Infinity'
-- 32: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 33: text '2025-07-01'
-- 34: text '2025-11-01'
