# s0 title (通过激活 = activates: UP to pathway; 抑制…破骨细胞生成 = DOWN of the cell; RANKL 诱导 is a model stimulus)
E | t_pue | COMPOUND | 葛根素 | -
E | t_nrf2p | PATHWAY | Nrf2抗氧化通路 | -
E | t_rankl | GENE | RANKL | -
E | t_oc | CELL_TYPE | 破骨细胞 | -
R | UP | t_pue | t_nrf2p
R | DOWN | t_pue | t_oc
# s1 background (参与 neutral)
E | a_ros_l | COMPOUND | 活性氧 | -
E | a_ros | COMPOUND | ROS | -
E | a_rankl_l | GENE | 核因子κB受体活化因子配体 | -
E | a_rankl | GENE | RANKL | -
E | a_oc | CELL_TYPE | 破骨细胞 | -
# s2 study aim. CELL_TYPE 骨髓巨噬细胞 is broken by a line break ("骨髓巨噬\n细胞"): the worksheet cannot hold a span with a
# line break, so the longer one-line fragment 骨髓巨噬 stands for it (see NOTES.md); 小鼠 modifies the cell name
E | b_pue | COMPOUND | 葛根素 | -
E | b_pue_a | COMPOUND | Pue | -
E | b_bmm_l | CELL_TYPE | 骨髓巨噬 | -
E | b_bmm | CELL_TYPE | BMMs | -
E | b_nrf2_l | GENE | 核因子E2相关因子2 | -
E | b_nrf2 | GENE | Nrf2 | -
R | TI | b_pue | b_bmm_l
# s3 methods: source animal; M-CSF and RANKL are protein stimuli (GENE, amounts without relation); 1×105个/孔 is a cell
# density, not a substance amount; Pue-L/M/H are coded group labels (not annotated). The concentration list
# "10、\n25、50μmol/L" is broken by a line break: fragment 25、50μmol/L, note keeps all three written values (see NOTES.md)
E | c_mouse | ORGANISM | C57BL/6小鼠 | -
E | c_bmm | CELL_TYPE | BMMs | -
E | c_mcsf_l | GENE | 巨噬细胞集落刺激因子 | -
E | c_mcsf | GENE | M-CSF | -
E | c_c1 | CONCENTRATION | 30ng/mL | - | 30 ng/mL
E | c_rankl | GENE | RANKL | -
E | c_c2 | CONCENTRATION | 100ng/mL | - | 100 ng/mL
E | c_oc | CELL_TYPE | 破骨细胞 | -
E | c_pue | COMPOUND | 葛根素 | -
E | c_c3 | CONCENTRATION | 25、50μmol/L | - | 10,25,50 umol/L
E | c_d | DURATION | 6d | -
E | c_nrf2 | GENE | Nrf2 | -
E | c_ml | COMPOUND | ML385 | -
E | c_c4 | CONCENTRATION | 5μmol/L | - | 5 umol/L
R | TI | c_pue | c_bmm
R | CONC | c_pue | c_c3
R | DUR | c_pue | c_d
R | DOWN | c_ml | c_nrf2
R | CONC | c_ml | c_c4
R | TI | c_ml | c_bmm
# s4 measurements (assay reagents/probes COMPOUND; F-肌动蛋白 = F-actin GENE without 环; HO-1 long form broken by a
# line break "血红素加\n氧酶-1": fragment 血红素加 (equal halves, first taken))
E | d_cck | COMPOUND | CCK-8 | -
E | d_trap | GENE | TRAP | -
E | d_oc | CELL_TYPE | 破骨细胞 | -
E | d_phal | COMPOUND | 鬼笔环肽 | -
E | d_fact | GENE | F-肌动蛋白 | -
E | d_dcf | COMPOUND | DCFH-DA | -
E | d_ros | COMPOUND | ROS | -
E | d_nfatc1a | GENE | NFATc1 | -
E | d_cfos | GENE | c-Fos | -
E | d_acp5 | GENE | Acp5 | -
E | d_ctsk | GENE | Ctsk | -
E | d_dcst | GENE | Dc-stamp | -
E | d_nrf2 | GENE | Nrf2 | -
E | d_ho1_l | GENE | 血红素加 | -
E | d_ho1 | GENE | HO-1 | -
E | d_nqo1_l | GENE | 醌氧化还原酶1 | -
E | d_nqo1 | GENE | NQO1 | -
E | d_nfatc1b | GENE | NFATc1 | -
# s5 result (denied; no giving word)
E | e_c | CONCENTRATION | 50μmol/L | - | 50 umol/L
E | e_pue | COMPOUND | 葛根素 | -
E | e_bmm | CELL_TYPE | BMMs | -
R | CONC | e_pue | e_c
# s6 (ends at ；): the only agent is the coded label Pue-M/Pue-H (not annotated), no compound mention in the sentence:
# no relation. F-肌动蛋白 broken "F-肌\n动蛋白": fragment F-肌 (equal halves, first taken). 多核细胞 as CELL_TYPE (cf. 多核巨细胞)
E | f_rankl | GENE | RANKL | -
E | f_trap | GENE | TRAP | -
E | f_mnc | CELL_TYPE | 多核细胞 | -
E | f_fact | GENE | F-肌 | -
E | f_ros | COMPOUND | ROS | -
E | f_nfatc1 | GENE | NFATc1 | -
E | f_cfos | GENE | c-Fos | -
E | f_acp5 | GENE | Acp5 | -
E | f_ctsk | GENE | Ctsk | -
E | f_dcst | GENE | Dc-stamp | -
# s7 no agent in the sentence
E | g_nrf2 | GENE | Nrf2 | -
E | g_ho1 | GENE | HO-1 | -
E | g_nqo1 | GENE | NQO1 | -
# s8 inhibitor reverses the (coded) compound's effect: nothing
E | h_ml | COMPOUND | ML385 | -
E | h_ros | COMPOUND | ROS | -
E | h_oc | CELL_TYPE | 破骨细胞 | -
# s9 coded label only: no relation
E | i_ros | COMPOUND | ROS | -
E | i_oc | CELL_TYPE | 破骨细胞 | -
E | i_rankl | GENE | RANKL | -
# s10 conclusion (hedged; 清除胞内ROS = DOWN)
E | j_pue | COMPOUND | 葛根素 | -
E | j_path | PATHWAY | Nrf2/HO-1抗氧化通路 | -
E | j_ros | COMPOUND | ROS | -
E | j_rankl | GENE | RANKL | -
E | j_oc | CELL_TYPE | 破骨细胞 | -
R | UP | j_pue | j_path
R | DOWN | j_pue | j_ros
R | DOWN | j_pue | j_oc
