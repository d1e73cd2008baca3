# s0 ZH title (抑制 X 向 Y 分化 -> DOWN X only; 关系 neutral)
E | t_isl | COMPOUND | 异甘草素 | -
E | t_raw | CELL_LINE | RAW264.7 | -
E | t_oc | CELL_TYPE | 破骨细胞 | -
E | t_path | PATHWAY | MAPK/NFATc1通路 | -
R | DOWN | t_isl | t_raw
# s1 background (骨量丢失 process)
E | a_oc | CELL_TYPE | 破骨细胞 | -
E | a_op | DISEASE | 骨质疏松 | -
E | a_old | DISEASE | 溶骨性疾病 | -
# s2 aim (study aim -> TI RAW264.7; 查耳酮类化合物 appositive class descriptor; plant source; 破骨分化 is a process word; long form + abbreviation + head = one PATHWAY)
E | b_lic | ORGANISM | 甘草 | -
E | b_isl | COMPOUND | 异甘草素 | -
E | b_ISL | COMPOUND | ISL | -
E | b_rankl_l | GENE | 核因子κB受体活化因子配体 | -
E | b_rankl | GENE | RANKL | -
E | b_raw | CELL_LINE | RAW264.7 | -
E | b_mapk | PATHWAY | 丝裂原活化蛋白激酶（MAPK）通路 | -
E | b_nfat_l | GENE | 活化T细胞核因子c1 | -
E | b_nfat | GENE | NFATc1 | -
R | TI | b_isl | b_raw
# s3 方法 (给予ISL处理 with RAW264.7 named earlier in the sentence; positive-control group allocation -> TI; RANKL protein reagent: concentration unlinked)
E | c_raw | CELL_LINE | RAW264.7 | -
E | c_rankl | GENE | RANKL | -
E | c_c1 | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
E | c_isl | COMPOUND | ISL | -
E | c_c2 | CONCENTRATION | 2.5、5、10 μmol/L | - | 2.5,5,10 umol/L
E | c_aln | COMPOUND | 阿仑膦酸钠 | -
E | c_c3 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | TI | c_isl | c_raw
R | CONC | c_isl | c_c2
R | TI | c_aln | c_raw
R | CONC | c_aln | c_c3
# s4 measurements (assay reagents)
E | d_cck | COMPOUND | CCK-8 | -
E | d_trap_l | GENE | 抗酒石酸酸性磷酸酶 | -
E | d_trap | GENE | TRAP | -
E | d_oc | CELL_TYPE | 破骨细胞 | -
E | d_phal | COMPOUND | 鬼笔环肽 | -
E | d_factin | GENE | F-肌动蛋白 | -
E | d_perk | GENE | p-ERK | -
E | d_pjnk | GENE | p-JNK | -
E | d_pp38 | GENE | p-p38 | -
E | d_nfat | GENE | NFATc1 | -
E | d_fos | GENE | c-Fos | -
E | d_trap2 | GENE | TRAP | -
E | d_ctsk_l | GENE | 组织蛋白酶K | -
E | d_ctsk | GENE | CTSK | -
E | d_mmp9_l | GENE | 基质金属蛋白酶9 | -
E | d_mmp9 | GENE | MMP-9 | -
# s5 (negated; concentration kept)
E | e_isl | COMPOUND | ISL | -
E | e_c | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | CONC | e_isl | e_c
# s6 (TRAP阳性多核细胞 fewer -> DOWN of the multinucleated cells; 10 μmol/L -> nearest preceding ISL; F-actin rings: morphology, no relation)
E | f_isl | COMPOUND | ISL | -
E | f_c1 | CONCENTRATION | 5、10 μmol/L | - | 5,10 umol/L
E | f_trap | GENE | TRAP | -
E | f_mnc | CELL_TYPE | 多核细胞 | -
E | f_rankl | GENE | RANKL | -
E | f_c2 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | f_aln | COMPOUND | 阿仑膦酸钠 | -
E | f_factin | GENE | F-肌动蛋白 | -
R | CONC | f_isl | f_c1
R | DOWN | f_isl | f_mnc
R | CONC | f_isl | f_c2
# s7 (no compound in this sentence: concentration unlinked)
E | g_c | CONCENTRATION | 2.5 μmol/L | - | 2.5 umol/L
E | g_rankl | GENE | RANKL | -
# s8 (p38 negated)
E | h_isl | COMPOUND | ISL | -
E | h_rankl | GENE | RANKL | -
E | h_erk | GENE | ERK | -
E | h_jnk | GENE | JNK | -
E | h_p38 | GENE | p38 | -
R | DOWN | h_isl | h_erk
R | DOWN | h_isl | h_jnk
# s9 (own sentence after ；, no agent: no relation)
E | i_nfat | GENE | NFATc1 | -
E | i_fos | GENE | c-Fos | -
E | i_trap | GENE | TRAP | -
E | i_ctsk | GENE | CTSK | -
E | i_mmp9 | GENE | MMP-9 | -
# s10 结论 (ERK/JNK = two genes; 其 -> 异甘草素; 防治方面具有研究价值 = hedged TREATS)
E | j_isl | COMPOUND | 异甘草素 | -
E | j_raw | CELL_LINE | RAW264.7 | -
E | j_oc | CELL_TYPE | 破骨细胞 | -
E | j_erk | GENE | ERK | -
E | j_jnk | GENE | JNK | -
E | j_nfat | GENE | NFATc1 | -
E | j_old | DISEASE | 溶骨性骨病 | -
R | DOWN | j_isl | j_raw
R | DOWN | j_isl | j_erk
R | DOWN | j_isl | j_jnk
R | DOWN | j_isl | j_nfat
R | TREATS | j_isl | j_old
# EN title (osteoclast inside osteoclastic; differentiation of RAW264.7 -> DOWN X only)
E | T_isl | COMPOUND | Isoliquiritigenin | -
E | T_oc | CELL_TYPE | osteoclast | -
E | T_raw | CELL_LINE | RAW264.7 | -
E | T_path | PATHWAY | MAPK/NFATc1 pathway | -
R | DOWN | T_isl | T_raw
# Objective (aim -> TI to osteoclast and RAW264.7 as in the dev genistein aim; chalcone appositive; licorice source)
E | A_isl | COMPOUND | isoliquiritigenin | -
E | A_ISL | COMPOUND | ISL | -
E | A_lic | ORGANISM | licorice | -
E | A_rankl | GENE | RANKL | -
E | A_oc | CELL_TYPE | osteoclast | -
E | A_raw | CELL_LINE | RAW264.7 | -
E | A_mapk | PATHWAY | mitogen-activated protein kinase (MAPK) pathway | -
E | A_nfat_l | GENE | nuclear factor of activated T cells c1 | -
E | A_nfat | GENE | NFATc1 | -
R | TI | A_isl | A_oc
R | TI | A_isl | A_raw
# Methods 1 (treated with; positive control arm -> TI, as in Chinese)
E | B_raw | CELL_LINE | RAW264.7 | -
E | B_rankl | GENE | RANKL | -
E | B_c1 | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
E | B_isl | COMPOUND | ISL | -
E | B_c2 | CONCENTRATION | 2.5, 5 and 10 μmol/L | - | 2.5,5,10 umol/L
E | B_aln | COMPOUND | alendronate | -
E | B_c3 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | TI | B_isl | B_raw
R | CONC | B_isl | B_c2
R | TI | B_aln | B_raw
R | CONC | B_aln | B_c3
# Methods 2
E | C_cck | COMPOUND | CCK-8 | -
E | C_oc | CELL_TYPE | osteoclasts | -
E | C_trap | GENE | TRAP | -
E | C_factin | GENE | F-actin | -
E | C_phal | COMPOUND | phalloidin | -
# Methods 3
E | D_perk | GENE | p-ERK | -
E | D_pjnk | GENE | p-JNK | -
E | D_pp38 | GENE | p-p38 | -
E | D_nfat | GENE | NFATc1 | -
E | D_fos | GENE | c-Fos | -
E | D_trap | GENE | TRAP | -
E | D_ctsk_l | GENE | cathepsin K | -
E | D_ctsk | GENE | CTSK | -
E | D_mmp9 | GENE | MMP-9 | -
# Results 1 (negated)
E | E_isl | COMPOUND | ISL | -
E | E_c | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | CONC | E_isl | E_c
# Results 2 (';' does not end an English sentence: 2.5 μmol/L -> nearest preceding ISL)
E | F_trap | GENE | TRAP | -
E | F_mnc | CELL_TYPE | multinucleated cells | -
E | F_isl | COMPOUND | ISL | -
E | F_c1 | CONCENTRATION | 5 and 10 μmol/L | - | 5,10 umol/L
E | F_rankl | GENE | RANKL | -
E | F_c2 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | F_aln | COMPOUND | alendronate | -
E | F_factin | GENE | F-actin | -
E | F_c3 | CONCENTRATION | 2.5 μmol/L | - | 2.5 umol/L
R | DOWN | F_isl | F_mnc
R | CONC | F_isl | F_c1
R | CONC | F_isl | F_c2
R | CONC | F_isl | F_c3
# Results 3 (one sentence; p38 negated; passive down-regulation with elided agent -> nearest preceding ISL)
E | G_isl | COMPOUND | ISL | -
E | G_rankl | GENE | RANKL | -
E | G_erk | GENE | ERK | -
E | G_jnk | GENE | JNK | -
E | G_p38 | GENE | p38 | -
E | G_nfat | GENE | NFATc1 | -
E | G_fos | GENE | c-Fos | -
E | G_trap | GENE | TRAP | -
E | G_ctsk | GENE | CTSK | -
E | G_mmp9 | GENE | MMP-9 | -
R | DOWN | G_isl | G_erk
R | DOWN | G_isl | G_jnk
R | DOWN | G_isl | G_nfat
R | DOWN | G_isl | G_fos
R | DOWN | G_isl | G_trap
R | DOWN | G_isl | G_ctsk
R | DOWN | G_isl | G_mmp9
# Conclusion (X into Y -> X only)
E | H_isl | COMPOUND | Isoliquiritigenin | -
E | H_raw | CELL_LINE | RAW264.7 | -
E | H_oc | CELL_TYPE | osteoclasts | -
E | H_erk | GENE | ERK | -
E | H_jnk | GENE | JNK | -
E | H_nfat | GENE | NFATc1 | -
R | DOWN | H_isl | H_raw
R | DOWN | H_isl | H_erk
R | DOWN | H_isl | H_jnk
R | DOWN | H_isl | H_nfat
