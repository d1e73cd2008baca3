# s0 title (经…通路 = via; 减轻 IL-1β 诱导的软骨细胞炎症 = protects the cell -> UP; 大鼠 modifies the cell name)
E | t_ca | COMPOUND | 毛蕊异黄酮 | -
E | t_path | PATHWAY | PI3K/Akt信号通路 | -
E | t_il1 | GENE | IL-1β | -
E | t_ch | CELL_TYPE | 软骨细胞 | -
R | UP | t_ca | t_ch
# s1 目的 (study aim -> TI; long form with abbreviation inside = one PATHWAY span)
E | a_ca | COMPOUND | 毛蕊异黄酮 | -
E | a_caen | COMPOUND | calycosin | -
E | a_CA | COMPOUND | CA | -
E | a_il1l | GENE | 白细胞介素-1β | -
E | a_il1 | GENE | IL-1β | -
E | a_ch | CELL_TYPE | 软骨细胞 | -
E | a_path | PATHWAY | 磷脂酰肌醇3-激酶/蛋白激酶B(PI3K/Akt)信号通路 | -
R | TI | a_ca | a_ch
# s2 方法 (source animal)
E | b_rat | ORGANISM | SD大鼠 | -
E | b_ch | CELL_TYPE | 软骨细胞 | -
# s3 造模与分组 (IL-1β protein reagent: conc/duration unlinked; no cell named: no TI; CA-L/M/H coded)
E | c_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | c_il1 | GENE | IL-1β | -
E | c_d | DURATION | 24 h | -
E | c_oal | DISEASE | 骨关节炎 | -
E | c_oa | DISEASE | OA | -
E | c_ca | COMPOUND | CA | -
E | c_c2 | CONCENTRATION | 5,10,20 μmol/L | - | 5,10,20 umol/L
E | c_ly1 | COMPOUND | LY294002 | -
E | c_ly2 | COMPOUND | LY294002 | -
E | c_c3 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | CONC | c_ca | c_c2
R | CONC | c_ly2 | c_c3
# s4-s7 assays and measurements
E | d_cck | COMPOUND | CCK-8 | -
E | d_no | COMPOUND | NO | -
E | d_pge2 | COMPOUND | PGE2 | -
E | d_mmp | GENE | MMP-13 | -
E | d_adam | GENE | ADAMTS-5 | -
E | d_col2l | GENE | Ⅱ型胶原 | -
E | d_col2 | GENE | Col2a1 | -
E | d_acanl | GENE | 聚集蛋白聚糖 | -
E | d_acan | GENE | Aggrecan | -
E | e_ppi3k | GENE | p-PI3K | -
E | e_pi3k | GENE | PI3K | -
E | e_pakt | GENE | p-Akt | -
E | e_akt | GENE | Akt | -
E | e_mmp | GENE | MMP-13 | -
# s8 结果 (negated effect; concentration range kept)
E | f_ca | COMPOUND | CA | -
E | f_c | CONCENTRATION | 0~40 μmol/L | - | 0,40 umol/L
E | f_ch | CELL_TYPE | 软骨细胞 | -
R | CONC | f_ca | f_c
# s9 model group (no agent)
E | g_no | COMPOUND | NO | -
E | g_pge2 | COMPOUND | PGE2 | -
E | g_mmp | GENE | MMP-13 | -
E | g_adam | GENE | ADAMTS-5 | -
E | g_col2 | GENE | Col2a1 | -
E | g_acan | GENE | Aggrecan | -
# s10 (CA-H coded: no agent)
E | h_mmp | GENE | MMP-13 | -
# s11 (CA-M/CA-H coded: no agent)
E | i_no | COMPOUND | NO | -
E | i_pge2 | COMPOUND | PGE2 | -
E | i_adam | GENE | ADAMTS-5 | -
E | i_col2 | GENE | Col2a1 | -
E | i_acan | GENE | Aggrecan | -
# s12 ratios (no relation for a ratio); CA 各剂量组 names CA
E | j_ppi3k | GENE | p-PI3K | -
E | j_pi3k | GENE | PI3K | -
E | j_pakt | GENE | p-Akt | -
E | j_akt | GENE | Akt | -
E | j_ca | COMPOUND | CA | -
# s13 (LY294002 in the group label lowers MMP-13 further vs CA-H)
E | k_ly | COMPOUND | LY294002 | -
E | k_mmp | GENE | MMP-13 | -
R | DOWN | k_ly | k_mmp
# s14 结论
E | l_ca | COMPOUND | 毛蕊异黄酮 | -
E | l_il1 | GENE | IL-1β | -
E | l_ch | CELL_TYPE | 软骨细胞 | -
E | l_path | PATHWAY | PI3K/Akt通路 | -
E | l_oa | DISEASE | 骨关节炎 | -
R | UP | l_ca | l_ch
R | DOWN | l_ca | l_path
R | TREATS | l_ca | l_oa
