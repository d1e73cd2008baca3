# title (study aim "X 对 Y…的影响" -> TESTED_IN to animal and both cell types; 影响: no UP; 胫骨骨折 one DISEASE span)
E | t_vap | COMPOUND | 鹿茸多肽 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_fx | DISEASE | 胫骨骨折 | -
E | t_ch | CELL_TYPE | 软骨细胞 | -
E | t_ob | CELL_TYPE | 成骨细胞 | -
E | t_igf | GENE | IGF-1 | -
E | t_tgf | GENE | TGF-β1 | -
R | TI | t_vap | t_rat
R | TI | t_vap | t_ch
R | TI | t_vap | t_ob
# 目的 (aim: TESTED_IN only; 其 -> 鹿茸多肽; 促进作用 inside an aim: no TREATS)
E | a_vap | COMPOUND | 鹿茸多肽 | -
E | a_vapen | COMPOUND | velvet antler polypeptides | -
E | a_VAP | COMPOUND | VAP | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_fx | DISEASE | 骨折 | -
E | a_ch | CELL_TYPE | 软骨细胞 | -
E | a_ob | CELL_TYPE | 成骨细胞 | -
E | a_igfl | GENE | 胰岛素样生长因子-1 | -
E | a_igf | GENE | IGF-1 | -
E | a_tgfl | GENE | 转化生长因子-β1 | -
E | a_tgf | GENE | TGF-β1 | -
R | TI | a_vap | a_rat
R | TI | a_vap | a_ch
R | TI | a_vap | a_ob
# 方法 1 (SD 大鼠 modifies the cell names; 肋/颅盖骨 tissue modifiers; 1×105 cells/mL is a seeding density, not a substance; 加入 = giving)
E | b_ch | CELL_TYPE | 软骨细胞 | -
E | b_ob | CELL_TYPE | 成骨细胞 | -
E | b_vap | COMPOUND | VAP | -
E | b_c | CONCENTRATION | 1、5、25、100 μg/mL | - | 1,5,25,100 ug/mL
E | b_d | DURATION | 24、48、72 h | -
E | b_mtt | COMPOUND | MTT | -
E | b_igf | GENE | IGF-1 | -
E | b_tgf | GENE | TGF-β1 | -
E | b_col2 | GENE | Col Ⅱ | -
E | b_col1 | GENE | Col Ⅰ | -
E | b_sox9 | GENE | Sox9 | -
R | TI | b_vap | b_ch
R | TI | b_vap | b_ob
R | CONC | b_vap | b_c
R | DUR | b_vap | b_d
# 方法 2 (fracture model animal; group allocation -> TESTED_IN each treated arm to 72 只大鼠; 术后 2、4、6 周 are time points; HE not annotated; 番红 O, 固绿 stains)
E | c_sd | ORGANISM | SD 大鼠 | -
E | c_fx | DISEASE | 胫骨中段横断骨折 | -
E | c_rat | ORGANISM | 大鼠 | -
E | c_vap | COMPOUND | VAP | -
E | c_c1 | CONCENTRATION | 10、20、40 mg·kg-1·d-1 | - | 10,20,40 mg/kg/d
E | c_xl | COMPOUND | 仙灵骨葆胶囊 | -
E | c_c2 | CONCENTRATION | 0.3 g·kg-1·d-1 | - | 0.3 g/kg/d
E | c_sf | COMPOUND | 番红 O | -
E | c_fg | COMPOUND | 固绿 | -
E | c_igf | GENE | IGF-1 | -
E | c_tgf | GENE | TGF-β1 | -
E | c_col2 | GENE | Col Ⅱ | -
R | TI | c_vap | c_rat
R | TI | c_xl | c_rat
R | CONC | c_vap | c_c1
R | CONC | c_xl | c_c2
# 结果 1 (to ；; 增值 typo of 增殖 = proliferation -> UP of both cell types)
E | d_vap | COMPOUND | VAP | -
E | d_c | CONCENTRATION | 5～25 μg/mL | - | 5,25 ug/mL
E | d_ch | CELL_TYPE | 软骨细胞 | -
E | d_ob | CELL_TYPE | 成骨细胞 | -
E | d_igf | GENE | IGF-1 | -
E | d_tgf | GENE | TGF-β1 | -
E | d_col2 | GENE | Col Ⅱ | -
E | d_sox9 | GENE | Sox9 | -
R | CONC | d_vap | d_c
R | UP | d_vap | d_ch
R | UP | d_vap | d_ob
R | UP | d_vap | d_igf
R | UP | d_vap | d_tgf
R | UP | d_vap | d_col2
R | UP | d_vap | d_sox9
# 结果 2 (no compound in the sentence: concentration unlinked)
E | e_c | CONCENTRATION | 100 μg/mL | - | 100 ug/mL
# 结果 3 negated
E | f_vap | COMPOUND | VAP | -
E | f_ob | CELL_TYPE | 成骨细胞 | -
E | f_col1 | GENE | Col Ⅰ | -
# 结果 4 (to ；; agent = compound of the group label; 骨折 inside 骨折线, no treatment word; 术后 N 周 time points)
E | g_vap | COMPOUND | VAP | -
E | g_col2 | GENE | Col Ⅱ | -
E | g_fx | DISEASE | 骨折 | -
E | g_igf | GENE | IGF-1 | -
E | g_tgf | GENE | TGF-β1 | -
R | UP | g_vap | g_col2
R | UP | g_vap | g_igf
R | UP | g_vap | g_tgf
# 结果 5
E | h_vap | COMPOUND | VAP | -
E | h_igf | GENE | IGF-1 | -
R | UP | h_vap | h_igf
# 结果 6 comparison: none
E | i_vap | COMPOUND | VAP | -
E | i_xl | COMPOUND | 仙灵骨葆胶囊 | -
# 结论 (加速骨折愈合 = TREATS; chain not inferred, all from the agent)
E | j_vap | COMPOUND | 鹿茸多肽 | -
E | j_igf | GENE | IGF-1 | -
E | j_tgf | GENE | TGF-β1 | -
E | j_ch | CELL_TYPE | 软骨细胞 | -
E | j_ob | CELL_TYPE | 成骨细胞 | -
E | j_rat | ORGANISM | 大鼠 | -
E | j_fx | DISEASE | 骨折 | -
R | UP | j_vap | j_igf
R | UP | j_vap | j_tgf
R | UP | j_vap | j_ch
R | UP | j_vap | j_ob
R | TREATS | j_vap | j_fx
