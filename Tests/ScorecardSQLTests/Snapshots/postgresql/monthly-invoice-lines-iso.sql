SELECT to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM(CASE WHEN ("t0_genres"."name" = $1) THEN $2 ELSE $3 END) AS "c2", SUM(CASE WHEN ("t0_genres"."name" = $4) THEN $5 ELSE $6 END) AS "c3", COUNT(CASE WHEN ("t0_genres"."name" = $7) THEN $8 ELSE $9 END) AS "c4", SUM(CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $10) AS NUMERIC)) AS BIGINT)) AS "c5", COUNT("t0_invoice_lines"."unit_price") AS "n0", SUM(CASE WHEN (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $11) THEN $12 ELSE $13 END) AS "bad0", SUM(CASE WHEN (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($14, $15, $16) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($17, $18, $19) THEN CAST("t0_invoice_lines"."unit_price" AS TEXT) IN ($20, $21, $22) ELSE (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CAST("t0_invoice_lines"."unit_price" AS TEXT) NOT SIMILAR TO $23) END) THEN $24 ELSE $25 END) AS "bad1", SUM(CASE WHEN (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= $26)) THEN $27 ELSE $28 END) AS "bad2", SUM(CASE WHEN (("t0_invoice_lines"."quantity" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($29, $30, $31) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($32, $33, $34) THEN CAST("t0_invoice_lines"."quantity" AS TEXT) IN ($35, $36, $37) ELSE (("t0_invoice_lines"."quantity" IS NOT NULL) AND CAST("t0_invoice_lines"."quantity" AS TEXT) NOT SIMILAR TO $38) END) THEN $39 ELSE $40 END) AS "bad3", SUM(CASE WHEN (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= $41)) THEN $42 ELSE $43 END) AS "bad4"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < $44) OR (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $45))
GROUP BY to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM')
-- bindings:
-- 1: text 'Jazz'
-- 2: integer 1
-- 3: integer 0
-- 4: text 'Jazz'
-- 5: integer 1
-- 6: integer 0
-- 7: text 'Jazz'
-- 8: integer 1
-- 9: integer 0
-- 10: integer 100
-- 11: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 12: integer 1
-- 13: integer 0
-- 14: text 'smallint'
-- 15: text 'integer'
-- 16: text 'bigint'
-- 17: text 'numeric'
-- 18: text 'real'
-- 19: text 'double precision'
-- 20: text 'NaN'
-- 21: text 'Infinity'
-- 22: text '-Infinity'
-- 23: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 24: integer 1
-- 25: integer 0
-- 26: real 10000000000000.0
-- 27: integer 1
-- 28: integer 0
-- 29: text 'smallint'
-- 30: text 'integer'
-- 31: text 'bigint'
-- 32: text 'numeric'
-- 33: text 'real'
-- 34: text 'double precision'
-- 35: text 'NaN'
-- 36: text 'Infinity'
-- 37: text '-Infinity'
-- 38: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 39: integer 1
-- 40: integer 0
-- 41: real 10000000000000.0
-- 42: integer 1
-- 43: integer 0
-- 44: text '2025-11-01'
-- 45: text '[0-9]{4}-(0[1-9]|1[0-2])%'
