# s0 title (study aim "X 对 Y 的影响" -> TI to each system; 关系: neutral)
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
# s1 目的 (aims give TI only; 其 -> 鹿茸多肽, the long form)
E | a_vap_zh | COMPOUND | 鹿茸多肽 | -
E | a_vap_en | COMPOUND | velvet antler polypeptides | -
E | a_vap | COMPOUND | VAP | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_fx | DISEASE | 骨折 | -
E | a_ch | CELL_TYPE | 软骨细胞 | -
E | a_ob | CELL_TYPE | 成骨细胞 | -
E | a_igf_l | GENE | 胰岛素样生长因子-1 | -
E | a_igf | GENE | IGF-1 | -
E | a_tgf_l | GENE | 转化生长因子-β1 | -
E | a_tgf | GENE | TGF-β1 | -
R | TI | a_vap_zh | a_rat
R | TI | a_vap_zh | a_ch
R | TI | a_vap_zh | a_ob
# s2 方法 in vitro (新生, 肋, 颅盖骨 not in spans; 1×105 cells/mL is a seeding density, not a substance; 加入 = giving)
E | b_sd | ORGANISM | SD 大鼠 | -
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
# s3 in vivo (group allocation -> TI to the allocated 大鼠; 术后 2、4、6 周 are time points; HE, 番红 O, 固绿 are stains)
E | c_sd | ORGANISM | SD 大鼠 | -
E | c_fx | DISEASE | 骨折 | -
E | c_rat | ORGANISM | 大鼠 | -
E | c_vap | COMPOUND | VAP | -
E | c_c1 | CONCENTRATION | 10、20、40 mg·kg-1·d-1 | - | 10,20,40 mg/kg/d
E | c_xlgb | COMPOUND | 仙灵骨葆胶囊 | -
E | c_c2 | CONCENTRATION | 0.3 g·kg-1·d-1 | - | 0.3 g/kg/d
E | c_he | COMPOUND | HE | -
E | c_sfo | COMPOUND | 番红 O | -
E | c_fg | COMPOUND | 固绿 | -
E | c_igf | GENE | IGF-1 | -
E | c_tgf | GENE | TGF-β1 | -
E | c_col2 | GENE | Col Ⅱ | -
R | TI | c_vap | c_rat
R | CONC | c_vap | c_c1
R | TI | c_xlgb | c_rat
R | CONC | c_xlgb | c_c2
# s4 结果 (to ；; 增值 typo of 增殖: promotion of the cells)
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
# s5 (no compound in the sentence: concentration unlinked)
E | e_c | CONCENTRATION | 100 μg/mL | - | 100 ug/mL
# s6 negated
E | f_vap | COMPOUND | VAP | -
E | f_ob | CELL_TYPE | 成骨细胞 | -
E | f_col1 | GENE | Col Ⅰ | -
# s7 (name inside group label; no system named: no TI; 术后 N 周 time points; 骨折 inside 骨折线 names the fracture, no treatment word)
E | g_vap | COMPOUND | VAP | -
E | g_col2 | GENE | Col Ⅱ | -
E | g_fx | DISEASE | 骨折 | -
E | g_igf | GENE | IGF-1 | -
E | g_tgf | GENE | TGF-β1 | -
R | UP | g_vap | g_col2
R | UP | g_vap | g_igf
R | UP | g_vap | g_tgf
# s8
E | h_vap | COMPOUND | VAP | -
E | h_igf | GENE | IGF-1 | -
R | UP | h_vap | h_igf
# s9 comparison, no relation
E | i_vap | COMPOUND | VAP | -
E | i_xlgb | COMPOUND | 仙灵骨葆胶囊 | -
# s10 结论 (加速骨折愈合 = TREATS; 软骨内成骨 is a process)
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
