# s0 title (调控 neutral; 小鼠 modifies the cell name; no giving word)
E | t_ict | COMPOUND | 淫羊藿素 | -
E | t_bm | CELL_TYPE | 骨髓间充质干细胞 | -
# s1 目的 (study aim -> TI)
E | a_ict | COMPOUND | 淫羊藿素 | -
E | a_icten | COMPOUND | icaritin | -
E | a_ICT | COMPOUND | ICT | -
E | a_bm | CELL_TYPE | 骨髓间充质干细胞 | -
E | a_bms | CELL_TYPE | BMSCs | -
E | a_pparl | GENE | 过氧化物酶体增殖物激活受体γ | -
E | a_ppar | GENE | PPARγ | -
E | a_runxl | GENE | Runt相关转录因子2 | -
E | a_runx | GENE | Runx2 | -
R | TI | a_ict | a_bm
# s2 方法 (source animal with strain)
E | b_mouse | ORGANISM | C57BL/6小鼠 | -
E | b_bms | CELL_TYPE | BMSCs | -
# s3 (no system named: 细胞 generic; superscripts lost: 10-8 = 1e-8)
E | c_ict | COMPOUND | ICT | -
E | c_c | CONCENTRATION | 10-8、10-7、10-6 mol/L | - | 1e-8,1e-7,1e-6 mol/L
R | CONC | c_ict | c_c
# s4 (activator -> named target; ICT-H coded)
E | d_ppar | GENE | PPARγ | -
E | d_rosi | COMPOUND | 罗格列酮 | -
E | d_c | CONCENTRATION | 1 μmol/L | - | 1 umol/L
R | UP | d_rosi | d_ppar
R | CONC | d_rosi | d_c
# s5 (induction times, no compound in the sentence; stains are reagents)
E | e_d1 | DURATION | 14 d | -
E | e_oro | COMPOUND | 油红O | -
E | e_d2 | DURATION | 7 d | -
E | e_alpl | GENE | 碱性磷酸酶 | -
E | e_alp | GENE | ALP | -
E | e_d3 | DURATION | 21 d | -
E | e_ars | COMPOUND | 茜素红 | -
# s6
E | f_ppar | GENE | PPARγ | -
E | f_cebp | GENE | C/EBPα | -
E | f_ap2 | GENE | aP2 | -
E | f_runx | GENE | Runx2 | -
E | f_osxl | GENE | Osterix | -
E | f_osx | GENE | Osx | -
E | f_ocnl | GENE | 骨钙素 | -
E | f_ocn | GENE | OCN | -
E | f_ppar2 | GENE | PPARγ | -
E | f_runx2 | GENE | Runx2 | -
# s7 (ICT 各组 names ICT)
E | g_ict | COMPOUND | ICT | -
E | g_oro | COMPOUND | 油红O | -
E | g_ppar | GENE | PPARγ | -
E | g_cebp | GENE | C/EBPα | -
E | g_ap2 | GENE | aP2 | -
R | DOWN | g_ict | g_ppar
R | DOWN | g_ict | g_cebp
R | DOWN | g_ict | g_ap2
# s8 (new sentence after ；, agent not written: no relation; 钙结节 not a substance mention)
E | h_alp | GENE | ALP | -
E | h_runx | GENE | Runx2 | -
E | h_osx | GENE | Osx | -
E | h_ocn | GENE | OCN | -
# s9 negated (ICT-L coded)
E | i_runx | GENE | Runx2 | -
# s10 (rosiglitazone reverses the compound's effect: nothing; ICT-H coded; ratio)
E | j_rosi | COMPOUND | 罗格列酮 | -
E | j_ppar | GENE | PPARγ | -
E | j_runx | GENE | Runx2 | -
E | j_runx2 | GENE | Runx2 | -
E | j_ppar2 | GENE | PPARγ | -
# s11 结论 (inhibit adipogenic differentiation = DOWN of BMSCs; promote its osteogenic differentiation = UP, link X only; 其 = PPARγ inhibiting Runx2)
E | k_ict | COMPOUND | 淫羊藿素 | -
E | k_bms | CELL_TYPE | BMSCs | -
E | k_adipo | CELL_TYPE | 脂肪细胞 | -
E | k_ob | CELL_TYPE | 成骨细胞 | -
E | k_ppar | GENE | PPARγ | -
E | k_runx | GENE | Runx2 | -
R | DOWN | k_ict | k_bms
R | UP | k_ict | k_bms
R | DOWN | k_ict | k_ppar
R | UP | k_ict | k_runx
R | DOWN | k_ppar | k_runx
R | TI | t_ict | t_bm
