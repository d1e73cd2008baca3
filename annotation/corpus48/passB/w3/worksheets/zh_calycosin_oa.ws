# [0] title (经 = via: no relation; 减轻软骨细胞炎症及基质降解 = protecting the cell -> UP; 大鼠 modifies the cell)
E | t_ca | COMPOUND | 毛蕊异黄酮 | -
E | t_path | PATHWAY | PI3K/Akt信号通路 | -
E | t_il1b | GENE | IL-1β | -
E | t_ch | CELL_TYPE | 软骨细胞 | -
R | UP | t_ca | t_ch
# [1] 目的 (study aim X 对 Y 的保护作用 = TI)
E | a_ca | COMPOUND | 毛蕊异黄酮 | -
E | a_caen | COMPOUND | calycosin | -
E | a_CA | COMPOUND | CA | -
E | a_il1b_l | GENE | 白细胞介素-1β | -
E | a_il1b | GENE | IL-1β | -
E | a_ch | CELL_TYPE | 软骨细胞 | -
E | a_path | PATHWAY | 磷脂酰肌醇3-激酶/蛋白激酶B(PI3K/Akt)信号通路 | -
R | TI | a_ca | a_ch
# [2] source animal
E | b_sd | ORGANISM | SD大鼠 | -
E | b_ch | CELL_TYPE | 软骨细胞 | -
# [3] model + grouping (IL-1β is a GENE: its amount and time get no link; no system named: no TI; CA-L/M/H coded)
E | c_c0 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | c_il1b | GENE | IL-1β | -
E | c_d | DURATION | 24 h | -
E | c_oa_l | DISEASE | 骨关节炎 | -
E | c_oa | DISEASE | OA | -
E | c_ca | COMPOUND | CA | -
E | c_c1 | CONCENTRATION | 5,10,20 μmol/L | - | 5,10,20 umol/L
E | c_ly1 | COMPOUND | LY294002 | -
E | c_ly2 | COMPOUND | LY294002 | -
E | c_c2 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | CONC | c_ca | c_c1
R | CONC | c_ly2 | c_c2
# [4]-[7] assays and measurements
E | d_cck | COMPOUND | CCK-8 | -
E | e_no | COMPOUND | NO | -
E | e_pge2 | COMPOUND | PGE2 | -
E | f_mmp | GENE | MMP-13 | -
E | f_adamts | GENE | ADAMTS-5 | -
E | f_col_l | GENE | Ⅱ型胶原 | -
E | f_col | GENE | Col2a1 | -
E | f_acan_l | GENE | 聚集蛋白聚糖 | -
E | f_acan | GENE | Aggrecan | -
E | g_ppi3k | GENE | p-PI3K | -
E | g_pi3k | GENE | PI3K | -
E | g_pakt | GENE | p-Akt | -
E | g_akt | GENE | Akt | -
E | g_mmp | GENE | MMP-13 | -
# [8] negated effect; the tested range is a concentration
E | h_ca | COMPOUND | CA | -
E | h_c | CONCENTRATION | 0~40 μmol/L | - | 0,40 umol/L
E | h_ch | CELL_TYPE | 软骨细胞 | -
R | CONC | h_ca | h_c
# [9] model vs control: no compound agent
E | i_no | COMPOUND | NO | -
E | i_pge2 | COMPOUND | PGE2 | -
E | i_mmp | GENE | MMP-13 | -
E | i_adamts | GENE | ADAMTS-5 | -
E | i_col | GENE | Col2a1 | -
E | i_acan | GENE | Aggrecan | -
# [10] CA-H coded
E | j_mmp | GENE | MMP-13 | -
# [11] agent only as coded labels CA-M/CA-H: no relation
E | k_no | COMPOUND | NO | -
E | k_pge2 | COMPOUND | PGE2 | -
E | k_adamts | GENE | ADAMTS-5 | -
E | k_col | GENE | Col2a1 | -
E | k_acan | GENE | Aggrecan | -
# [12] ratios: no relation
E | l_ppi3k | GENE | p-PI3K | -
E | l_pi3k | GENE | PI3K | -
E | l_pakt | GENE | p-Akt | -
E | l_akt | GENE | Akt | -
E | l_ca | COMPOUND | CA | -
# [13] adding the inhibitor lowers MMP-13 further -> DOWN(LY294002 -> MMP-13)
E | m_ly | COMPOUND | LY294002 | -
E | m_mmp | GENE | MMP-13 | -
R | DOWN | m_ly | m_mmp
# [14] 结论 (其 -> 毛蕊异黄酮; 为其用于骨关节炎防治 = hedged TREATS)
E | n_ca | COMPOUND | 毛蕊异黄酮 | -
E | n_il1b | GENE | IL-1β | -
E | n_ch | CELL_TYPE | 软骨细胞 | -
E | n_path | PATHWAY | PI3K/Akt通路 | -
E | n_oa | DISEASE | 骨关节炎 | -
R | UP | n_ca | n_ch
R | DOWN | n_ca | n_path
R | TREATS | n_ca | n_oa
