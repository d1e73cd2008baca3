# title (aim title; compound + explicit 诱导 + animal = exposure)
E | t_rg1 | COMPOUND | 人参皂苷 Rg1
E | t_dex | COMPOUND | 地塞米松 | pubchem:5743
E | t_giop | DISEASE | 糖皮质激素性骨质疏松
E | t_mouse | ORGANISM | 小鼠 | ncbitaxon:10090
E | t_wnt | PATHWAY | Wnt/β-catenin 信号通路 | kegg.pathway:map04310
R | TI | t_rg1 | t_mouse
R | TI | t_dex | t_mouse
# 目的
E | a_rg1 | COMPOUND | 人参皂苷 Rg1
E | a_rg1en | COMPOUND | ginsenoside Rg1
E | a_grg1 | COMPOUND | G-Rg1
E | a_giop | DISEASE | 糖皮质激素性骨质疏松
E | a_GIOP | DISEASE | GIOP
E | a_mouse | ORGANISM | 小鼠 | ncbitaxon:10090
E | a_wnt | PATHWAY | Wnt/β-catenin 信号通路 | kegg.pathway:map04310
R | TI | a_rg1 | a_mouse
# 方法 1 (group allocation, each treated arm)
E | b_mouse | ORGANISM | C57BL/6 小鼠 | ncbitaxon:10090
E | b_g1 | COMPOUND | G-Rg1
E | b_g2 | COMPOUND | G-Rg1
R | TI | b_g1 | b_mouse
R | TI | b_g2 | b_mouse
# 方法 2 (ends at ；)
E | c_mouse | ORGANISM | 小鼠 | ncbitaxon:10090
E | c_dex | COMPOUND | 地塞米松 | pubchem:5743
E | c_dexen | COMPOUND | dexamethasone | pubchem:5743
E | c_DEX | COMPOUND | DEX | pubchem:5743
E | c_c | CONCENTRATION | 5 mg·kg⁻¹·d⁻¹ | - | 5 mg/kg/d
E | c_giop | DISEASE | GIOP
R | TI | c_dex | c_mouse
R | CONC | c_dex | c_c
# 方法 3 (no animal in this sentence)
E | d_g1 | COMPOUND | G-Rg1
E | d_g2 | COMPOUND | G-Rg1
E | d_c | CONCENTRATION | 10、20 mg·kg⁻¹·d⁻¹ | - | 10,20 mg/kg/d
E | d_d | DURATION | 8 周
R | CONC | d_g2 | d_c
R | DUR | d_g2 | d_d
# 方法 4 (measurements)
E | e_pinp_l | GENE | Ⅰ型前胶原氨基端前肽
E | e_pinp | GENE | PINP
E | e_ctx_l | GENE | Ⅰ型胶原 C 端肽
E | e_ctx | GENE | CTX-Ⅰ
E | e_bcat | GENE | β-catenin | hgnc:CTNNB1
E | e_gsk_l | GENE | 糖原合成酶激酶-3β | hgnc:GSK3B
E | e_gsk | GENE | GSK-3β | hgnc:GSK3B
E | e_runx2 | GENE | Runx2 | hgnc:RUNX2
# 结果 1 (agent = compound of the group label)
E | f_g | COMPOUND | G-Rg1
E | f_pinp | GENE | PINP
E | f_ctx | GENE | CTX-Ⅰ
R | UP | f_g | f_pinp
R | DOWN | f_g | f_ctx
# 结果 2
E | g_g | COMPOUND | G-Rg1
E | g_bcat | GENE | β-catenin | hgnc:CTNNB1
E | g_runx2 | GENE | Runx2 | hgnc:RUNX2
E | g_gsk | GENE | GSK-3β | hgnc:GSK3B
R | UP | g_g | g_bcat
R | UP | g_g | g_runx2
R | DOWN | g_g | g_gsk
# 结果 3: negated, no mention
# 结论 (bone loss in an osteoporosis model = TREATS)
E | h_rg1 | COMPOUND | 人参皂苷 Rg1
E | h_wnt | PATHWAY | Wnt/β-catenin 信号通路 | kegg.pathway:map04310
E | h_GIOP | DISEASE | GIOP
E | h_mouse | ORGANISM | 小鼠 | ncbitaxon:10090
E | h_giop | DISEASE | 糖皮质激素性骨质疏松
R | UP | h_rg1 | h_wnt
R | TREATS | h_rg1 | h_GIOP
R | TREATS | h_rg1 | h_giop
