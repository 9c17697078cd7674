# Regenerates the tiny Gender Gap Tracker corpus of EvalQuotesCommandTest: python3 make.py
import json, zipfile
ID = "5c182ac21e67d78e277944ad"
TEXT = "Obama speaks\nBarack Obama said: “We will win this election.”\nThe weather was fine.\n"
QUOTES = [{"speaker": "Barack Obama", "verb": "said", "quote": "“We will win this election.”",
           "speaker_index": "(13,25)", "verb_index": "(26,30)", "quote_index": "(32,60)", "reference": "Barack Obama"},
          {"speaker": "", "verb": "", "quote": "The weather was fine.", "speaker_index": "", "verb_index": "",
           "quote_index": "(61,82)", "reference": "Barack Obama"}]
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
shared = f'<?xml version="1.0" encoding="UTF-8"?><sst {NS}><si><t>_id</t></si><si><t>articleBodyText</t></si><si><t>quotations</t></si></sst>'
sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
         f'<row r="2"><c r="A2" t="inlineStr"><is><t>ObjectId({ID})</t></is></c>'
         f'<c r="B2" t="inlineStr"><is><t>{esc(TEXT)}</t></is></c>'
         f'<c r="C2" t="inlineStr"><is><t>{esc(json.dumps(QUOTES, ensure_ascii=False))}</t></is></c></row>'
         '</sheetData></worksheet>')
def write(name, entries):
    with zipfile.ZipFile(name, "w") as z:
        for n, c in entries:
            z.writestr(zipfile.ZipInfo(n, (2019, 1, 1, 0, 0, 0)), c.encode("utf-8"))
write("AnnotationTable_byArticle_withReplacementArticles.xlsx",
      [("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet)])
write("rawtext.zip", [(f"rawtext/{ID}.txt", TEXT)])
