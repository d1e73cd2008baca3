# ===== Chinese title (抑制…表达 = DOWN; 激活…信号 = UP; 促进成骨细胞分化 = UP; 骨量丢失: process, no TREATS; no giving word: no TESTED_IN)
E | t_rut | COMPOUND | 芦丁 | -
E | t_dkk | GENE | DKK1 | -
E | t_sost | GENE | 硬骨素 | -
E | t_path | PATHWAY | Wnt/β-catenin信号 | -
E | t_ob | CELL_TYPE | 成骨细胞 | -
E | t_rat | ORGANISM | 去卵巢大鼠 | -
R | DOWN | t_rut | t_dkk
R | DOWN | t_rut | t_sost
R | UP | t_rut | t_path
R | UP | t_rut | t_ob
# 目的 (aim: TESTED_IN to cell and animal)
E | a_rut | COMPOUND | 芦丁 | -
E | a_ob | CELL_TYPE | 成骨细胞 | -
E | a_rat | ORGANISM | 去卵巢(OVX)大鼠 | -
E | a_path | PATHWAY | Wnt/β-catenin 信号通路 | -
R | TI | a_rut | a_ob
R | TI | a_rut | a_rat
# 方法 1 (to ；; 处理 = giving; 细胞 generic head; 茜素红 assay reagent; 钙 in 钙结节 read as a mineralisation word, not annotated)
E | b_rut | COMPOUND | 芦丁 | -
E | b_c | CONCENTRATION | 1、10、50 μmol/L | - | 1,10,50 umol/L
E | b_mc | CELL_LINE | MC3T3-E1 | -
E | b_alpl | GENE | 碱性磷酸酶 | -
E | b_alp | GENE | ALP | -
E | b_ars | COMPOUND | 茜素红 | -
R | TI | b_rut | b_mc
R | CONC | b_rut | b_c
# 方法 2 (measurements; recombinant DKK1 protein: GENE, amount unlinked; 蛋白 head excluded)
E | c_runx2 | GENE | Runx2 | -
E | c_ocnl | GENE | 骨钙素 | -
E | c_ocn | GENE | OCN | -
E | c_bcat | GENE | β-catenin | -
E | c_dkkl | GENE | Dickkopf-1 | -
E | c_dkk | GENE | DKK1 | -
E | c_sostl | GENE | 硬骨素 | -
E | c_scl | GENE | sclerostin | -
E | c_sost | GENE | SOST | -
E | c_dkk2 | GENE | DKK1 | -
E | c_c | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
# 方法 3 (group allocation + 灌胃: TESTED_IN per arm; 术后 1 周 time point; 连续 12 周 shared: one link per compound, 芦丁 -> nearest preceding)
E | d_sd | ORGANISM | SD 大鼠 | -
E | d_rut1 | COMPOUND | 芦丁 | -
E | d_c1 | CONCENTRATION | 25 mg·kg-1·d-1 | - | 25 mg/kg/d
E | d_rut2 | COMPOUND | 芦丁 | -
E | d_c2 | CONCENTRATION | 100 mg·kg-1·d-1 | - | 100 mg/kg/d
E | d_ev | COMPOUND | 戊酸雌二醇 | -
E | d_c3 | CONCENTRATION | 0.1 mg·kg-1·d-1 | - | 0.1 mg/kg/d
E | d_d | DURATION | 12 周 | -
R | TI | d_rut1 | d_sd
R | TI | d_rut2 | d_sd
R | TI | d_ev | d_sd
R | CONC | d_rut1 | d_c1
R | CONC | d_rut2 | d_c2
R | CONC | d_ev | d_c3
R | DUR | d_rut2 | d_d
R | DUR | d_ev | d_d
# 结果 1 (to ；; 核内 localisation = regulation)
E | e_c | CONCENTRATION | 10、50 μmol/L | - | 10,50 umol/L
E | e_rut | COMPOUND | 芦丁 | -
E | e_alp | GENE | ALP | -
E | e_runx2 | GENE | Runx2 | -
E | e_ocn | GENE | OCN | -
E | e_bcat | GENE | β-catenin | -
E | e_dkk | GENE | DKK1 | -
R | CONC | e_rut | e_c
R | UP | e_rut | e_alp
R | UP | e_rut | e_runx2
R | UP | e_rut | e_ocn
R | UP | e_rut | e_bcat
R | DOWN | e_rut | e_dkk
# 结果 2 (no compound in the sentence)
E | f_c | CONCENTRATION | 1 μmol/L | - | 1 umol/L
# 结果 3 (recombinant DKK1 reverses the compound's effect: nothing)
E | g_dkk | GENE | DKK1 | -
E | g_rut | COMPOUND | 芦丁 | -
# 结果 4 (to ；; agent = compound of the group label; sclerostin-positive rate of osteocytes = sclerostin expression)
E | h_rut | COMPOUND | 芦丁 | -
E | h_p1np | GENE | P1NP | -
E | h_ctx | GENE | CTX-Ⅰ | -
E | h_bcat | GENE | β-catenin | -
E | h_dkk | GENE | DKK1 | -
E | h_ocy | CELL_TYPE | 骨细胞 | -
E | h_scl | GENE | sclerostin | -
R | UP | h_rut | h_p1np
R | DOWN | h_rut | h_ctx
R | UP | h_rut | h_bcat
R | DOWN | h_rut | h_dkk
R | DOWN | h_rut | h_scl
# 结果 5
E | i_rut | COMPOUND | 芦丁 | -
# 结果 6 (uterine weight: not an entity)
E | j_rut | COMPOUND | 芦丁 | -
E | j_ev | COMPOUND | 戊酸雌二醇 | -
# 结论 (骨量丢失: process)
E | k_rut | COMPOUND | 芦丁 | -
E | k_dkk | GENE | DKK1 | -
E | k_scl | GENE | sclerostin | -
E | k_path | PATHWAY | Wnt/β-catenin 信号 | -
E | k_ob | CELL_TYPE | 成骨细胞 | -
E | k_rat | ORGANISM | OVX 大鼠 | -
R | DOWN | k_rut | k_dkk
R | DOWN | k_rut | k_scl
R | UP | k_rut | k_path
R | UP | k_rut | k_ob
# ===== English title
E | T_rut | COMPOUND | Rutin | -
E | T_ob | CELL_TYPE | osteoblast | -
E | T_rat | ORGANISM | ovariectomized rats | -
E | T_dkk | GENE | DKK1 | -
E | T_scl | GENE | sclerostin | -
E | T_path | PATHWAY | Wnt/β-catenin signaling | -
R | UP | T_rut | T_ob
R | DOWN | T_rut | T_dkk
R | DOWN | T_rut | T_scl
R | UP | T_rut | T_path
# Objective (aim)
E | A_rut | COMPOUND | rutin | -
E | A_ob | CELL_TYPE | osteoblast | -
E | A_rat | ORGANISM | ovariectomized (OVX) rats | -
E | A_path | PATHWAY | Wnt/β-catenin signaling | -
R | TI | A_rut | A_ob
R | TI | A_rut | A_rat
# Methods 1 (; in English ends no sentence; calcium in "calcium nodules" not annotated, as 钙结节)
E | B_mc | CELL_LINE | MC3T3-E1 | -
E | B_rut | COMPOUND | rutin | -
E | B_c | CONCENTRATION | 1, 10 and 50 μmol/L | - | 1,10,50 umol/L
E | B_alpl | GENE | alkaline phosphatase | -
E | B_alp | GENE | ALP | -
E | B_ar | COMPOUND | Alizarin red | -
E | B_runx2 | GENE | Runx2 | -
E | B_ocnl | GENE | osteocalcin | -
E | B_ocn | GENE | OCN | -
E | B_bcat | GENE | β-catenin | -
E | B_dkkl | GENE | Dickkopf-1 | -
E | B_dkk | GENE | DKK1 | -
E | B_scl | GENE | sclerostin | -
E | B_sost | GENE | SOST | -
R | TI | B_rut | B_mc
R | CONC | B_rut | B_c
# Methods 2
E | C_dkk | GENE | DKK1 | -
E | C_c | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
# Methods 3 (group allocation; gavage lasted 12 weeks: both arms; 1 week after surgery is a time point)
E | D_sd | ORGANISM | SD rats | -
E | D_rut | COMPOUND | rutin | -
E | D_c1 | CONCENTRATION | 25 and 100 mg·kg-1·d-1 | - | 25,100 mg/kg/d
E | D_ev | COMPOUND | estradiol valerate | -
E | D_c2 | CONCENTRATION | 0.1 mg·kg-1·d-1 | - | 0.1 mg/kg/d
E | D_d | DURATION | 12 weeks | -
R | TI | D_rut | D_sd
R | TI | D_ev | D_sd
R | CONC | D_rut | D_c1
R | CONC | D_ev | D_c2
R | DUR | D_rut | D_d
R | DUR | D_ev | D_d
# Results 1 (1 μmol/L left out -> Rutin)
E | E_rut | COMPOUND | Rutin | -
E | E_c1 | CONCENTRATION | 10 and 50 μmol/L | - | 10,50 umol/L
E | E_alp | GENE | ALP | -
E | E_runx2 | GENE | Runx2 | -
E | E_ocn | GENE | OCN | -
E | E_bcat | GENE | β-catenin | -
E | E_dkk | GENE | DKK1 | -
E | E_c2 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
R | CONC | E_rut | E_c1
R | UP | E_rut | E_alp
R | UP | E_rut | E_runx2
R | UP | E_rut | E_ocn
R | UP | E_rut | E_bcat
R | DOWN | E_rut | E_dkk
R | CONC | E_rut | E_c2
# Results 2 (reverses the effects: nothing)
E | F_dkk | GENE | DKK1 | -
# Results 3 (with lower serum DKK1 and fewer sclerostin-positive osteocytes: rutin's result, marker expression)
E | G_rut | COMPOUND | rutin | -
E | G_p1np | GENE | P1NP | -
E | G_ctx | GENE | CTX-Ⅰ | -
E | G_dkk | GENE | DKK1 | -
E | G_scl | GENE | sclerostin | -
E | G_ocy | CELL_TYPE | osteocytes | -
E | G_rut2 | COMPOUND | rutin | -
R | UP | G_rut | G_p1np
R | DOWN | G_rut | G_ctx
R | DOWN | G_rut | G_dkk
R | DOWN | G_rut | G_scl
# Results 4 (uterine weight: no entity, no relation)
E | H_rut | COMPOUND | rutin | -
E | H_ev | COMPOUND | estradiol valerate | -
# Conclusion (through DKK1/sclerostin suppression and Wnt/β-catenin activation: agent Rutin; OVX-induced bone loss: process)
E | I_rut | COMPOUND | Rutin | -
E | I_ob | CELL_TYPE | osteoblast | -
E | I_dkk | GENE | DKK1 | -
E | I_scl | GENE | sclerostin | -
E | I_path | PATHWAY | Wnt/β-catenin | -
R | UP | I_rut | I_ob
R | DOWN | I_rut | I_dkk
R | DOWN | I_rut | I_scl
R | UP | I_rut | I_path
