"""The query form served at ``/`` (no CDN, no external script)."""

__all__ = ["FORM_PAGE"]

FORM_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kg-memory SPARQL endpoint</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
textarea{width:100%;height:12em;font-family:monospace;font-size:14px}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
pre{background:#f5f5f5;padding:1em;overflow:auto}#status{margin-left:1em;color:#666}
</style></head><body>
<h1>kg-memory SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>/sparql</code> (GET or POST). Prefixes rdf, rdfs, xsd, owl, skos, prov,
schema and <code>:</code> (the kg-memory vocabulary) are pre-bound.</p>
<form id="form">
<textarea id="query" name="query">SELECT ?person ?predicate ?value WHERE {
  ?p a :Person ; rdfs:label ?person ; ?predicate ?o .
  OPTIONAL { ?o rdfs:label ?label }
  BIND(COALESCE(?label, ?o) AS ?value)
} LIMIT 100</textarea>
<p>Namespace <input id="namespace" placeholder="default"> Format <select id="format">
<option value="table">table</option><option value="json">json</option><option value="xml">xml</option>
<option value="csv">csv</option><option value="tsv">tsv</option><option value="turtle">turtle</option>
<option value="nt">n-triples</option><option value="json-ld">json-ld</option></select>
Token (updates only) <input id="token" type="password" size="12">
<button type="submit">Run query</button> <button type="button" id="update">Run update</button>
<span id="status"></span></p></form>
<div id="out"></div>
<script>
const $ = (id) => document.getElementById(id);
function cell(term) {
  const td = document.createElement("td");
  td.textContent = term ? term.value : "";
  return td;
}
function table(data) {
  if ("boolean" in data) { const p = document.createElement("pre"); p.textContent = String(data.boolean); return p; }
  const t = document.createElement("table"), head = t.insertRow();
  for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) { const r = t.insertRow(); for (const v of data.head.vars) r.appendChild(cell(b[v])); }
  return t;
}
async function send(kind) {
  const form = new URLSearchParams({[kind]: $("query").value});
  if ($("namespace").value) form.set("namespace", $("namespace").value);
  const fmt = $("format").value;
  if (kind === "query" && fmt !== "table") form.set("format", fmt);
  const headers = {"Content-Type": "application/x-www-form-urlencoded"};
  if (kind === "update") headers["Authorization"] = "Bearer " + $("token").value;
  $("status").textContent = "running...";
  const started = performance.now();
  const response = await fetch("sparql", {method: "POST", headers, body: form});
  const text = await response.text(), out = $("out");
  out.textContent = "";
  $("status").textContent = response.status + " in " + Math.round(performance.now() - started) + " ms" +
    (response.headers.get("X-KGMem-Truncated") ? " (truncated to " + response.headers.get("X-SPARQL-MaxRows") + " rows)" : "");
  const json = (response.headers.get("Content-Type") || "").includes("sparql-results+json");
  if (response.ok && fmt === "table" && json) { out.appendChild(table(JSON.parse(text))); return; }
  const pre = document.createElement("pre"); pre.textContent = text || "(no content)"; out.appendChild(pre);
}
$("form").addEventListener("submit", (e) => { e.preventDefault(); send("query"); });
$("update").addEventListener("click", () => send("update"));
</script></body></html>
"""
