// The meetings citing any of the documents, each once, counted per period of its date
// (`2020` or `2020-06`; null when undated) and its province, oldest period first, undated
// last, then by province (unknown last). The same buckets as src/store/timeline.ts.
UNWIND $ids AS docId
MATCH (:Entity {id: docId})<-[:CITES]-(m:Meeting)
WITH DISTINCT m
WHERE $province IS NULL OR m.province = $province
WITH m.province AS province,
     CASE WHEN m.date IS NULL OR size(m.date) < 7 THEN null WHEN $period = 'YEAR' THEN substring(m.date, 0, 4) ELSE substring(m.date, 0, 7) END AS period
RETURN period, province, count(*) AS meetings
ORDER BY period IS NULL, period, province IS NULL, province
