# s0 title (aim title: TI; 影响 neutral)
E | t_asa | COMPOUND | 川续断皂苷Ⅵ | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_fx | DISEASE | 股骨骨折 | -
E | t_bmp2 | GENE | BMP-2 | -
E | t_vegf | GENE | VEGF | -
R | TI | t_asa | t_rat
# 目的 (study aim: TI only; 促进作用 in an aim is not asserted)
E | a_asa_l | COMPOUND | 川续断皂苷Ⅵ | -
E | a_asa | COMPOUND | ASA | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_fx | DISEASE | 股骨干骨折 | -
E | a_bmp2_l | GENE | 骨形态发生蛋白 2 | -
E | a_bmp2 | GENE | BMP-2 | -
E | a_vegf_l | GENE | 血管内皮生长因子 | -
E | a_vegf | GENE | VEGF | -
R | TI | a_asa_l | a_rat
# 方法 1 (group allocation: one TI per treated arm; vehicle CMC-Na given to model group: no system in its clause)
E | b_sd | ORGANISM | SD 大鼠 | -
E | b_fx | DISEASE | 股骨中段骨折 | -
E | b_asa1 | COMPOUND | ASA | -
E | b_c1 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
E | b_asa2 | COMPOUND | ASA | -
E | b_c2 | CONCENTRATION | 40 mg/kg | - | 40 mg/kg
E | b_asa3 | COMPOUND | ASA | -
E | b_c3 | CONCENTRATION | 80 mg/kg | - | 80 mg/kg
E | b_c4 | CONCENTRATION | 0.5% | - | 0.5 %
E | b_cmc | COMPOUND | 羧甲基纤维素钠 | -
R | TI | b_asa1 | b_sd
R | TI | b_asa2 | b_sd
R | TI | b_asa3 | b_sd
R | CONC | b_asa1 | b_c1
R | CONC | b_asa2 | b_c2
R | CONC | b_asa3 | b_c3
R | CONC | b_cmc | b_c4
# 方法 2 (术后 2、4、8 周 are sampling time points, not DURATION; stains are COMPOUND)
E | c_fx | DISEASE | 骨折 | -
E | c_he | COMPOUND | HE | -
E | c_saf | COMPOUND | 番红 O | -
E | c_fg | COMPOUND | 固绿 | -
E | c_bmp2 | GENE | BMP-2 | -
E | c_vegf | GENE | VEGF | -
E | c_runx2 | GENE | Runx2 | -
E | c_cd31 | GENE | CD31 | -
E | c_alp | GENE | ALP | -
# 结果 1 (ends at ；; no gene or disease)
E | d_asa | COMPOUND | ASA | -
# 结果 2
E | e_asa | COMPOUND | ASA | -
# 结果 3 (ends at ；)
E | f_asa | COMPOUND | ASA | -
E | f_vegf | GENE | VEGF | -
E | f_cd31 | GENE | CD31 | -
R | UP | f_asa | f_vegf
R | UP | f_asa | f_cd31
# 结果 4
E | g_asa | COMPOUND | ASA | -
E | g_bmp2 | GENE | BMP-2 | -
E | g_runx2 | GENE | Runx2 | -
E | g_alp | GENE | ALP | -
R | UP | g_asa | g_bmp2
R | UP | g_asa | g_runx2
R | UP | g_asa | g_alp
# 结果 5 (no difference: no relation)
E | h_vegf | GENE | VEGF | -
# 结果 6 (negated)
E | i_asa | COMPOUND | ASA | -
# 结论 (accelerating fracture healing = TREATS; 上调 BMP-2 介导的成骨分化: the object of 上调 is the differentiation, no UP to BMP-2)
E | j_asa | COMPOUND | 川续断皂苷Ⅵ | -
E | j_rat | ORGANISM | 大鼠 | -
E | j_fx | DISEASE | 股骨骨折 | -
E | j_bmp2 | GENE | BMP-2 | -
R | TREATS | j_asa | j_fx
