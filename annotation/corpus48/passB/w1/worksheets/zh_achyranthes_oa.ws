# s0 title (aim title "X 对 Y 的保护作用": TI; 保护作用 on the cell = UP; IL-1β 诱导 is a model stimulus; 大鼠 modifies the cell)
E | t_abps | COMPOUND | 牛膝多糖 | -
E | t_il1b_l | GENE | 白细胞介素-1β | -
E | t_chon | CELL_TYPE | 软骨细胞 | -
E | t_nfkb | PATHWAY | NF-κB通路 | -
R | TI | t_abps | t_chon
R | UP | t_abps | t_chon
# s1 background
E | a_oa_l | DISEASE | 骨关节炎 | -
E | a_oa | DISEASE | OA | -
# s2 study aim
E | b_abps_l | COMPOUND | 牛膝多糖 | -
E | b_abps | COMPOUND | ABPS | -
E | b_il1b_l | GENE | 白细胞介素-1β | -
E | b_il1b | GENE | IL-1β | -
E | b_chon | CELL_TYPE | 软骨细胞 | -
R | TI | b_abps_l | b_chon
# s3 cell isolation (SD大鼠 modifies the cell name 膝关节软骨细胞, not annotated, as SD 大鼠 BMSCs in dev; reagents and stains, no relation)
E | c_col2ase | GENE | Ⅱ型胶原酶 | -
E | c_chon | CELL_TYPE | 软骨细胞 | -
E | c_tb | COMPOUND | 甲苯胺蓝 | -
E | c_col2 | GENE | Ⅱ型胶原 | -
# s4 groups (generic 细胞: no TI; 24 h shared by the treated arms ABPS and PDTC)
E | d_il1b1 | GENE | IL-1β | -
E | d_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | d_il1b2 | GENE | IL-1β | -
E | d_abps1 | COMPOUND | ABPS | -
E | d_abps2 | COMPOUND | ABPS | -
E | d_c2 | CONCENTRATION | 50、100、200 μg/mL | - | 50,100,200 ug/mL
E | d_il1b3 | GENE | IL-1β | -
E | d_pdtc | COMPOUND | PDTC | -
E | d_nfkb | GENE | NF-κB | -
E | d_pdtc_l | COMPOUND | 吡咯烷二硫代氨基甲酸盐 | -
E | d_c3 | CONCENTRATION | 50 μmol/L | - | 50 umol/L
E | d_dur | DURATION | 24 h | -
R | CONC | d_abps2 | d_c2
R | DOWN | d_pdtc_l | d_nfkb
R | CONC | d_pdtc_l | d_c3
R | DUR | d_abps2 | d_dur
R | DUR | d_pdtc_l | d_dur
# s5 measurements
E | e_mtt | COMPOUND | MTT | -
E | e_no_l | COMPOUND | 一氧化氮 | -
E | e_no | COMPOUND | NO | -
E | e_pge2_l | COMPOUND | 前列腺素E2 | -
E | e_pge2 | COMPOUND | PGE2 | -
E | e_mmp3_l | GENE | 基质金属蛋白酶-3 | -
E | e_mmp3 | GENE | MMP-3 | -
E | e_mmp13 | GENE | MMP-13 | -
E | e_col2_l | GENE | Ⅱ型胶原 | -
E | e_col2 | GENE | Col Ⅱ | -
E | e_agg_l | GENE | 聚集蛋白聚糖 | -
E | e_agg | GENE | aggrecan | -
E | e_p65 | GENE | NF-κB p65 | -
E | e_ikba | GENE | IκBα | -
# s6 model results (ends at ';'); IL-1β is the model stimulus (adverbial 刺激后): no relation
E | f_il1b | GENE | IL-1β | -
E | f_chon | CELL_TYPE | 软骨细胞 | -
E | f_no | COMPOUND | NO | -
E | f_pge2 | COMPOUND | PGE2 | -
E | f_mmp3 | GENE | MMP-3 | -
E | f_mmp13 | GENE | MMP-13 | -
E | f_col2 | GENE | Col Ⅱ | -
E | f_agg | GENE | aggrecan | -
E | f_pikba | GENE | p-IκBα | -
E | f_p65 | GENE | p65 | -
# s7 (between ';' and ';'): 逆转上述变化 is anaphoric; high-dose group's MMP-13 downregulation, comparable to PDTC group
E | g_abps | COMPOUND | ABPS | -
E | g_mmp13 | GENE | MMP-13 | -
E | g_pdtc | COMPOUND | PDTC | -
R | DOWN | g_abps | g_mmp13
R | DOWN | g_pdtc | g_mmp13
# s8
E | h_abps | COMPOUND | ABPS | -
E | h_no | COMPOUND | NO | -
R | DOWN | h_abps | h_no
# s9 conclusion (其 -> 牛膝多糖)
E | i_abps | COMPOUND | 牛膝多糖 | -
E | i_il1b | GENE | IL-1β | -
E | i_chon | CELL_TYPE | 软骨细胞 | -
E | i_nfkb | PATHWAY | NF-κB信号通路 | -
E | i_oa | DISEASE | 骨关节炎 | -
R | UP | i_abps | i_chon
R | DOWN | i_abps | i_nfkb
R | TREATS | i_abps | i_oa
