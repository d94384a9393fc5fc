WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6)),
"new"("wid", "customer") AS (SELECT "w"."id", "t1_invoices"."customer_id"
FROM "invoice_lines" AS "t1_invoice_lines"
LEFT JOIN "invoices" AS "t1_invoices" ON ("t1_invoices"."id" = "t1_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t1_tracks" ON ("t1_tracks"."id" = "t1_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t1_genres" ON ("t1_genres"."id" = "t1_tracks"."genre_id")
JOIN "windows" AS "w" ON ((CAST("t1_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t1_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE (("t1_invoices"."customer_id" IS NOT NULL) AND (("t1_invoices"."invoice_date" >= $7) AND ("t1_invoices"."invoice_date" < $8)) AND (NOT EXISTS (SELECT $9
FROM "invoice_lines" AS "t2_invoice_lines"
LEFT JOIN "invoices" AS "t2_invoices" ON ("t2_invoices"."id" = "t2_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t2_tracks" ON ("t2_tracks"."id" = "t2_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t2_genres" ON ("t2_genres"."id" = "t2_tracks"."genre_id")
WHERE (("t2_invoices"."customer_id" IS NOT NULL) AND ("t2_genres"."name" = $10) AND ("t2_invoices"."customer_id" = "t1_invoices"."customer_id") AND (CAST("t2_invoices"."invoice_date" AS TEXT) < "w"."lo")))))
GROUP BY "w"."id", "t1_invoices"."customer_id"
HAVING (MAX(CASE WHEN ("t1_genres"."name" = $11) THEN $12 ELSE $13 END) = $14))
SELECT "w"."id", "t0_invoices"."customer_id", MIN("t0_genres"."name"), MIN("t0_customers"."country"), MAX(CASE WHEN ("t0_genres"."name" = $15) THEN $16 ELSE $17 END), MAX(CASE WHEN ("n"."customer" IS NOT NULL) THEN $18 ELSE $19 END)
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
LEFT JOIN "new" AS "n" ON (("n"."wid" = "w"."id") AND ("n"."customer" = "t0_invoices"."customer_id"))
WHERE (("t0_invoices"."customer_id" IS NOT NULL) AND (("t0_invoices"."invoice_date" >= $20) AND ("t0_invoices"."invoice_date" < $21)))
GROUP BY "w"."id", "t0_invoices"."customer_id"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: text '2025-07-01'
-- 8: text '2025-11-01'
-- 9: integer 1
-- 10: text 'Jazz'
-- 11: text 'Jazz'
-- 12: integer 1
-- 13: integer 0
-- 14: integer 1
-- 15: text 'Jazz'
-- 16: integer 1
-- 17: integer 0
-- 18: integer 1
-- 19: integer 0
-- 20: text '2025-07-01'
-- 21: text '2025-11-01'
