# title: X 对 Y 的保护作用 (title aim + protection of a cell = UP); 大鼠 modifies the cell name; IL-1β model stimulus (no relation)
E | t_abps | COMPOUND | 牛膝多糖 | -
E | t_il1l | GENE | 白细胞介素-1β | -
E | t_ch | CELL_TYPE | 软骨细胞 | -
E | t_nfkb | PATHWAY | NF-κB通路 | -
R | TI | t_abps | t_ch
R | UP | t_abps | t_ch
# s1 background (慢性退行性疾病: generic class, not annotated)
E | a_oal | DISEASE | 骨关节炎 | -
E | a_oa | DISEASE | OA | -
# s2 study aim
E | b_abpsl | COMPOUND | 牛膝多糖 | -
E | b_abps | COMPOUND | ABPS | -
E | b_il1l | GENE | 白细胞介素-1β | -
E | b_il1 | GENE | IL-1β | -
E | b_ch | CELL_TYPE | 软骨细胞 | -
R | TI | b_abpsl | b_ch
# s3 isolation (collagenase = enzyme reagent; SD大鼠 modifies the cell name; stains)
E | c_coll | GENE | Ⅱ型胶原酶 | -
E | c_ch | CELL_TYPE | 软骨细胞 | -
E | c_tb | COMPOUND | 甲苯胺蓝 | -
E | c_col2 | GENE | Ⅱ型胶原 | -
# s4 groups (细胞 generic: no TESTED_IN; IL-1β is GENE: its amount has no link; 24 h shared by treated arms)
E | d_il1a | GENE | IL-1β | -
E | d_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | d_il1b | GENE | IL-1β | -
E | d_abps1 | COMPOUND | ABPS | -
E | d_abps2 | COMPOUND | ABPS | -
E | d_c2 | CONCENTRATION | 50、100、200 μg/mL | - | 50,100,200 ug/mL
E | d_il1c | GENE | IL-1β | -
E | d_pdtc | COMPOUND | PDTC | -
E | d_nfkb | GENE | NF-κB | -
E | d_pdtcl | COMPOUND | 吡咯烷二硫代氨基甲酸盐 | -
E | d_c3 | CONCENTRATION | 50 μmol/L | - | 50 umol/L
E | d_d | DURATION | 24 h | -
R | CONC | d_abps2 | d_c2
R | DOWN | d_pdtcl | d_nfkb
R | CONC | d_pdtcl | d_c3
R | DUR | d_abps2 | d_d
R | DUR | d_pdtcl | d_d
# s5 measurements (MTT reagent; Griess法 not annotated; NF-κB p65 = two adjacent names)
E | e_mtt | COMPOUND | MTT | -
E | e_nol | COMPOUND | 一氧化氮 | -
E | e_no | COMPOUND | NO | -
E | e_pgl | COMPOUND | 前列腺素E2 | -
E | e_pg | COMPOUND | PGE2 | -
E | e_mmp3l | GENE | 基质金属蛋白酶-3 | -
E | e_mmp3 | GENE | MMP-3 | -
E | e_mmp13 | GENE | MMP-13 | -
E | e_col2l | GENE | Ⅱ型胶原 | -
E | e_col2 | GENE | Col Ⅱ | -
E | e_acanl | GENE | 聚集蛋白聚糖 | -
E | e_acan | GENE | aggrecan | -
E | adj_444 | GENE | NF-κB@444 | -
E | adj_450 | GENE | p65@450 | -
E | e_ikb | GENE | IκBα | -
# s6 model results (ends at ASCII ';'): IL-1β is the model stimulus, no relation
E | f_il1 | GENE | IL-1β | -
E | f_ch | CELL_TYPE | 软骨细胞 | -
E | f_no | COMPOUND | NO | -
E | f_pg | COMPOUND | PGE2 | -
E | f_mmp3 | GENE | MMP-3 | -
E | f_mmp13 | GENE | MMP-13 | -
E | f_col2 | GENE | Col Ⅱ | -
E | f_acan | GENE | aggrecan | -
E | f_pikb | GENE | p-IκBα | -
E | f_p65 | GENE | p65 | -
# s7 (to ASCII ';'): 逆转上述变化 = anaphoric, no target; 高剂量组 = ABPS high dose → MMP-13; PDTC comparison gives nothing
E | g_abps | COMPOUND | ABPS | -
E | g_mmp13 | GENE | MMP-13 | -
E | g_pdtc | COMPOUND | PDTC | -
R | DOWN | g_abps | g_mmp13
# s8
E | h_abps | COMPOUND | ABPS | -
E | h_no | COMPOUND | NO | -
R | DOWN | h_abps | h_no
# s9 conclusion (其 → 牛膝多糖)
E | i_abps | COMPOUND | 牛膝多糖 | -
E | i_il1 | GENE | IL-1β | -
E | i_ch | CELL_TYPE | 软骨细胞 | -
E | i_nfkb | PATHWAY | NF-κB信号通路 | -
E | i_oa | DISEASE | 骨关节炎 | -
R | DOWN | i_abps | i_nfkb
R | TREATS | i_abps | i_oa
R | DOWN | g_pdtc | g_mmp13
