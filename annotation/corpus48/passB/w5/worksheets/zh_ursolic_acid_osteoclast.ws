# s0 title (经…通路 = via; 抑制…破骨细胞分化 -> DOWN; RANKL/LPS 诱导 = model stimuli as modifiers; 骨丢失 = process, no TREATS; no giving word)
E | t_ua | COMPOUND | 熊果酸 | -
E | t_path | PATHWAY | NF-κB/c-Fos通路 | -
E | t_rankl | GENE | RANKL | -
E | t_oc | CELL_TYPE | 破骨细胞 | -
E | t_lps | COMPOUND | 脂多糖 | -
E | t_mice | ORGANISM | 小鼠 | -
R | DOWN | t_ua | t_oc
# s1 目的 (study aim -> TI to 破骨细胞; 炎性骨丢失 = bone loss, a process)
E | a_ua | COMPOUND | 熊果酸 | -
E | a_uaen | COMPOUND | ursolic acid | -
E | a_UA | COMPOUND | UA | -
E | a_rankl_l | GENE | 核因子κB受体活化因子配体 | -
E | a_rankl | GENE | RANKL | -
E | a_oc | CELL_TYPE | 破骨细胞 | -
E | a_lps_l | COMPOUND | 脂多糖 | -
E | a_lps | COMPOUND | LPS | -
R | TI | a_ua | a_oc
# s2 方法 (给予UA干预 -> TI to the BMMs named earlier in the sentence, long form; 小鼠 modifies the cell; M-CSF/RANKL are protein reagents: concentrations unlinked)
E | b_bmm_l | CELL_TYPE | 骨髓巨噬细胞 | -
E | b_bmm | CELL_TYPE | BMMs | -
E | b_mcsf | GENE | M-CSF | -
E | b_c1 | CONCENTRATION | 30 ng/mL | - | 30 ng/mL
E | b_rankl | GENE | RANKL | -
E | b_c2 | CONCENTRATION | 50 ng/mL | - | 50 ng/mL
E | b_oc | CELL_TYPE | 破骨细胞 | -
E | b_ua | COMPOUND | UA | -
E | b_c3 | CONCENTRATION | 0.5、1、2 μmol/L | - | 0.5,1,2 umol/L
E | b_d | DURATION | 5 d
R | TI | b_ua | b_bmm_l
R | CONC | b_ua | b_c3
R | DUR | b_ua | b_d
# s3 staining (多核 descriptor outside the span; phalloidin = assay reagent; F-actin GENE)
E | c_trap_l | GENE | 抗酒石酸酸性磷酸酶 | -
E | c_trap | GENE | TRAP | -
E | c_oc | CELL_TYPE | 破骨细胞 | -
E | c_phal | COMPOUND | 鬼笔环肽 | -
E | c_factin | GENE | F-肌动蛋白 | -
# s4
E | d_acp5 | GENE | Acp5 | -
E | d_ctsk | GENE | Ctsk | -
E | d_dcst | GENE | Dc-stamp | -
E | d_nfatc1 | GENE | Nfatc1 | -
# s5
E | e_ikb | GENE | IκBα | -
E | e_p65 | GENE | p65 | -
E | e_fos | GENE | c-Fos | -
E | e_nfatc1 | GENE | NFATc1 | -
E | e_p65b | GENE | p65 | -
# s6 animals (group allocation: each compound of each arm label -> TI; LPS dose; UA doses; 第1、4天 time points; 共7 d -> the UA given daily)
E | f_mice | ORGANISM | C57BL/6小鼠 | -
E | f_lps1 | COMPOUND | LPS | -
E | f_c1 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | f_lps2 | COMPOUND | LPS | -
E | f_ua1 | COMPOUND | UA | -
E | f_c2 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | f_lps3 | COMPOUND | LPS | -
E | f_ua2 | COMPOUND | UA | -
E | f_c3 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | f_ua3 | COMPOUND | UA | -
E | f_d | DURATION | 7 d
E | f_trap | GENE | TRAP | -
R | TI | f_lps1 | f_mice
R | CONC | f_lps1 | f_c1
R | TI | f_lps2 | f_mice
R | TI | f_ua1 | f_mice
R | CONC | f_ua1 | f_c2
R | TI | f_lps3 | f_mice
R | TI | f_ua2 | f_mice
R | CONC | f_ua2 | f_c3
R | DUR | f_ua3 | f_d
# s7 结果 (viability clause negated; TRAP阳性多核细胞 = multinucleated cells, CELL_TYPE, DOWN; second 2 μmol/L -> nearest preceding UA; F-actin ring / resorption area: no relation)
E | g_ua | COMPOUND | UA | -
E | g_c1 | CONCENTRATION | 2 μmol/L | - | 2 umol/L
E | g_bmm | CELL_TYPE | BMMs | -
E | g_trap | GENE | TRAP | -
E | g_mnc | CELL_TYPE | 多核细胞 | -
E | g_c2 | CONCENTRATION | 2 μmol/L | - | 2 umol/L
E | g_rankl | GENE | RANKL | -
E | g_factin | GENE | F-肌动蛋白 | -
R | CONC | g_ua | g_c1
R | DOWN | g_ua | g_mnc
R | CONC | g_ua | g_c2
# s8 (osteoclast-specific genes: no named gene; inhibited IκBα degradation = preventing a loss -> UP; p65 phosphorylation and nuclear translocation -> DOWN)
E | h_ua | COMPOUND | UA | -
E | h_oc | CELL_TYPE | 破骨细胞 | -
E | h_rankl | GENE | RANKL | -
E | h_ikb | GENE | IκBα | -
E | h_p65 | GENE | p65 | -
E | h_fos | GENE | c-Fos | -
E | h_nfatc1 | GENE | NFATc1 | -
R | UP | h_ua | h_ikb
R | DOWN | h_ua | h_p65
R | DOWN | h_ua | h_fos
R | DOWN | h_ua | h_nfatc1
# s9 negated
E | i_ua | COMPOUND | UA | -
E | i_rankl | GENE | RANKL | -
E | i_p38 | GENE | p38 | -
# s10 in vivo (osteolysis area, porosity: measurements; TRAP阳性细胞 generic cells)
E | j_lps | COMPOUND | LPS | -
E | j_ua | COMPOUND | UA | -
E | j_trap | GENE | TRAP | -
# s12 结论 (NF-κB activation = the factor, GENE; c-Fos/NFATc1 two genes; bone loss = process, no TREATS)
E | l_ua | COMPOUND | 熊果酸 | -
E | l_nfkb | GENE | NF-κB | -
E | l_fos | GENE | c-Fos | -
E | l_nfatc1 | GENE | NFATc1 | -
E | l_oc | CELL_TYPE | 破骨细胞 | -
E | l_lps | COMPOUND | LPS | -
R | DOWN | l_ua | l_nfkb
R | DOWN | l_ua | l_fos
R | DOWN | l_ua | l_nfatc1
R | DOWN | l_ua | l_oc
