# ASCII ; and : typed in Chinese text: ';' ends a sentence (guidelines); the checker does not split there, relations kept inside.
# Coded group labels (TFE-L, TFE-M, TFE-H, OVX 组) are not annotated (DECISIONS: coded group labels).
# title (改善…骨质疏松 = TREATS; 促进 BMSCs 成骨分化 = UP; 经…途径 = via: neutral; no giving word: no TESTED_IN)
E | t_tfe | COMPOUND | 淫羊藿总黄酮 | -
E | t_path | PATHWAY | ERα/BMP-2/β-catenin途径 | -
E | t_rat | ORGANISM | 去卵巢大鼠 | -
E | t_op | DISEASE | 骨质疏松 | -
E | t_bmsc | CELL_TYPE | BMSCs | -
R | TREATS | t_tfe | t_op
R | UP | t_tfe | t_bmsc
# 目的 (aim: TESTED_IN to animal and cell, 其 -> 淫羊藿总黄酮; 防治作用 inside an aim: no TREATS; Epimedium inside the COMPOUND span)
E | a_tfe | COMPOUND | 淫羊藿总黄酮 | -
E | a_tfeen | COMPOUND | total flavonoids of Epimedium | -
E | a_TFE | COMPOUND | TFE | -
E | a_rat | ORGANISM | 去卵巢(OVX)大鼠 | -
E | a_op | DISEASE | 骨质疏松 | -
E | a_bm | CELL_TYPE | 骨髓间充质干细胞 | -
E | a_bmsc | CELL_TYPE | BMSCs | -
E | a_era | GENE | ERα | -
E | a_bmp2 | GENE | BMP-2 | -
E | a_bcat | GENE | β-catenin | -
R | TI | a_tfe | a_rat
R | TI | a_tfe | a_bm
# 方法 1 (group allocation + 灌胃: TESTED_IN per treated arm; doses attached to the TFE group; 12 周 shared by both arms; E2V = abbreviation of 戊酸雌二醇)
E | b_sd | ORGANISM | SD 大鼠 | -
E | b_tfe | COMPOUND | TFE | -
E | b_c1 | CONCENTRATION | 75, 150, 300 mg/kg/d | - | 75,150,300 mg/kg/d
E | b_ev | COMPOUND | 戊酸雌二醇 | -
E | b_e2v | COMPOUND | E2V | -
E | b_c2 | CONCENTRATION | 0.8 mg/kg/d | - | 0.8 mg/kg/d
E | b_d | DURATION | 12 周 | -
E | b_e2 | COMPOUND | E2 | -
E | b_balp | GENE | BALP | -
E | b_tracp | GENE | TRACP-5b | -
E | b_era | GENE | ERα | -
E | b_bmp2 | GENE | BMP-2 | -
E | b_bcat | GENE | β-catenin | -
R | TI | b_tfe | b_sd
R | TI | b_ev | b_sd
R | CONC | b_tfe | b_c1
R | CONC | b_ev | b_c2
R | DUR | b_tfe | b_d
R | DUR | b_ev | b_d
# 方法 2 (to ';'; 干预 / 加入 = giving; 大鼠 modifies BMSCs; antagonist -> named target = DOWN; Noggin is a GENE: no TESTED_IN, amount unlinked)
E | c_tfe | COMPOUND | TFE | -
E | c_c1 | CONCENTRATION | 1, 10, 50 μg/ml | - | 1,10,50 ug/mL
E | c_bmsc | CELL_TYPE | BMSCs | -
E | c_era | GENE | ERα | -
E | c_ici | COMPOUND | ICI 182,780 | -
E | c_c2 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | c_bmp | GENE | BMP | -
E | c_nog | GENE | Noggin | -
E | c_c3 | CONCENTRATION | 100 ng/ml | - | 100 ng/mL
R | TI | c_tfe | c_bmsc
R | CONC | c_tfe | c_c1
R | DOWN | c_ici | c_era
R | TI | c_ici | c_bmsc
R | CONC | c_ici | c_c2
R | DOWN | c_nog | c_bmp
# 方法 3 (measurements; 茜素红 assay reagent)
E | d_alp | GENE | ALP | -
E | d_ars | COMPOUND | 茜素红 | -
E | d_runx2 | GENE | Runx2 | -
E | d_osx | GENE | Osterix | -
E | d_ocn | GENE | OCN | -
E | d_era | GENE | ERα | -
E | d_bmp2 | GENE | BMP-2 | -
E | d_psmad | GENE | p-Smad1/5/8 | -
E | d_bcat | GENE | β-catenin | -
# 结果 1 (to ';'; agent only as coded labels TFE-M / TFE-H: no relation)
E | e_balp | GENE | BALP | -
E | e_tracp | GENE | TRACP-5b | -
E | e_era | GENE | ERα | -
E | e_bmp2 | GENE | BMP-2 | -
E | e_bcat | GENE | β-catenin | -
# 结果 2: coded label only, nothing
# 结果 3 (TFE negated; E2V group raised serum E2 = UP, 二者 covers the E2 level written in the sentence)
# NOTE: 'TFE' in 'TFE 各剂量组' cannot be written here: the checker would match the unannotated 'TFE' of 'TFE-L' first (see NOTES.md)
E | f_e2 | COMPOUND | E2 | -
E | f_e2v | COMPOUND | E2V | -
R | UP | f_e2v | f_e2
# 结果 4 (核内 outside the span: localisation = regulation; no cell named for nodules)
E | g_tfe | COMPOUND | TFE | -
E | g_c | CONCENTRATION | 10, 50 μg/ml | - | 10,50 ug/mL
E | g_alp | GENE | ALP | -
E | g_runx2 | GENE | Runx2 | -
E | g_osx | GENE | Osterix | -
E | g_ocn | GENE | OCN | -
E | g_era | GENE | ERα | -
E | g_bmp2 | GENE | BMP-2 | -
E | g_psmad | GENE | p-Smad1/5/8 | -
E | g_bcat | GENE | β-catenin | -
R | CONC | g_tfe | g_c
R | UP | g_tfe | g_alp
R | UP | g_tfe | g_runx2
R | UP | g_tfe | g_osx
R | UP | g_tfe | g_ocn
R | UP | g_tfe | g_era
R | UP | g_tfe | g_bmp2
R | UP | g_tfe | g_psmad
R | UP | g_tfe | g_bcat
# 结果 5 (blocker reverses the compound's effect: nothing from ICI/Noggin; TFE 对…的上调作用 asserted)
E | h_ici | COMPOUND | ICI 182,780 | -
E | h_tfe | COMPOUND | TFE | -
E | h_era | GENE | ERα | -
E | h_bmp2 | GENE | BMP-2 | -
E | h_bcat | GENE | β-catenin | -
E | h_nog | GENE | Noggin | -
R | UP | h_tfe | h_era
R | UP | h_tfe | h_bmp2
R | UP | h_tfe | h_bcat
# 结论 (不升高 E2: negated; 骨量丢失: process; 其机制 -> TFE for each verb; shared head 信号 with the last conjunct; 中药防治 = TREATS)
E | i_tfe | COMPOUND | TFE | -
E | i_e2 | COMPOUND | E2 | -
E | i_rat | ORGANISM | OVX 大鼠 | -
E | i_era | GENE | ERα | -
E | i_bmpsmad | PATHWAY | BMP-2/Smad | -
E | i_bcat | PATHWAY | β-catenin 信号 | -
E | i_bmsc | CELL_TYPE | BMSCs | -
E | i_pmop | DISEASE | 绝经后骨质疏松 | -
R | UP | i_tfe | i_era
R | UP | i_tfe | i_bmpsmad
R | UP | i_tfe | i_bcat
R | UP | i_tfe | i_bmsc
R | TREATS | i_tfe | i_pmop
