# ===== Chinese title (抑制 NLRP3 炎症小体活化 = DOWN NLRP3, 炎症小体 a generic head; 减轻软骨细胞损伤 = protecting the cell -> UP; 大鼠 species modifier; IL-1β stimulus)
E | t_api | COMPOUND | 芹菜素 | -
E | t_nlrp3 | GENE | NLRP3 | -
E | t_il1b | GENE | IL-1β | -
E | t_ch | CELL_TYPE | 软骨细胞 | -
R | DOWN | t_api | t_nlrp3
R | UP | t_api | t_ch
# 目的 (aim: TESTED_IN only; 保护作用 inside an aim: no UP)
E | a_api | COMPOUND | 芹菜素 | -
E | a_apien | COMPOUND | apigenin | -
E | a_API | COMPOUND | API | -
E | a_il1bl | GENE | 白细胞介素-1β | -
E | a_il1b | GENE | IL-1β | -
E | a_ch | CELL_TYPE | 软骨细胞 | -
E | a_nlrp3l | GENE | NOD样受体蛋白3 | -
E | a_nlrp3 | GENE | NLRP3 | -
R | TI | a_api | a_ch
# 方法 1 (group allocation of the chondrocytes: TESTED_IN per treated arm; SD大鼠/膝关节 modify the cell name; MCC950 = NLRP3 inhibitor -> DOWN; 24 h shared: one link per compound, API -> nearest preceding)
E | b_ch | CELL_TYPE | 软骨细胞 | -
E | b_il1b | GENE | IL-1β | -
E | b_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | b_api | COMPOUND | API | -
E | b_c2 | CONCENTRATION | 5、10、20 μmol/L | - | 5,10,20 umol/L
E | b_d1 | DURATION | 2 h | -
E | b_il1b2 | GENE | IL-1β | -
E | b_mcc | COMPOUND | MCC950 | -
E | b_nlrp3 | GENE | NLRP3 | -
E | b_c3 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | b_api2 | COMPOUND | API | -
E | b_nig | COMPOUND | 尼日利亚菌素 | -
E | b_nigen | COMPOUND | nigericin | -
E | b_c4 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
E | b_d2 | DURATION | 24 h | -
R | TI | b_api | b_ch
R | CONC | b_api | b_c2
R | DUR | b_api | b_d1
R | TI | b_mcc | b_ch
R | DOWN | b_mcc | b_nlrp3
R | CONC | b_mcc | b_c3
R | TI | b_api2 | b_ch
R | TI | b_nig | b_ch
R | CONC | b_nig | b_c4
R | DUR | b_api2 | b_d2
R | DUR | b_mcc | b_d2
R | DUR | b_nig | b_d2
# 方法 2 (measurements; probes/assay reagents COMPOUND; cleaved outside the span, fused pro- and p- kept; p20 = alias of the cleaved caspase-1 subunit)
E | c_cck | COMPOUND | CCK-8 | -
E | c_dcfh | COMPOUND | DCFH-DA | -
E | c_rosl | COMPOUND | 活性氧 | -
E | c_ros | COMPOUND | ROS | -
E | c_il1b | GENE | IL-1β | -
E | c_il18 | GENE | IL-18 | -
E | c_tnf | GENE | TNF-α | -
E | c_nlrp3 | GENE | NLRP3 | -
E | c_asc | GENE | ASC | -
E | c_procasp | GENE | pro-caspase-1 | -
E | c_casp1 | GENE | caspase-1 | -
E | c_p20 | GENE | p20 | -
E | c_gsdmd | GENE | GSDMD-N | -
E | c_pnfkb_nf | GENE | p-NF-κB | -
E | c_pnfkb | GENE | p65 | -
E | c_col2l | GENE | Ⅱ型胶原 | -
E | c_col2 | GENE | Col Ⅱ | -
E | c_acanl | GENE | 聚集蛋白聚糖 | -
E | c_acan | GENE | aggrecan | -
E | c_mmp13 | GENE | MMP-13 | -
E | c_asc2 | GENE | ASC | -
# 结果 1 (model group vs control: no agent)
E | d_ros | COMPOUND | ROS | -
E | d_il1b | GENE | IL-1β | -
E | d_il18 | GENE | IL-18 | -
E | d_tnf | GENE | TNF-α | -
E | d_nlrp3 | GENE | NLRP3 | -
E | d_asc | GENE | ASC | -
E | d_casp1 | GENE | caspase-1 | -
E | d_gsdmd | GENE | GSDMD-N | -
E | d_mmp13 | GENE | MMP-13 | -
E | d_col2 | GENE | Col Ⅱ | -
E | d_acan | GENE | aggrecan | -
# 结果 2 (to ；; agent = compound of the group label; 细胞活力 of generic cells: none; 炎症因子 generic; 回升 = restored -> UP; ASC speck-positive cells = ASC oligomerisation -> DOWN ASC)
E | e_api | COMPOUND | API | -
E | e_ros | COMPOUND | ROS | -
E | e_nlrp3 | GENE | NLRP3 | -
E | e_pnfkb_nf | GENE | p-NF-κB | -
E | e_pnfkb | GENE | p65 | -
E | e_col2 | GENE | Col Ⅱ | -
E | e_acan | GENE | aggrecan | -
E | e_asc | GENE | ASC | -
R | DOWN | e_api | e_ros
R | DOWN | e_api | e_nlrp3
R | DOWN | e_api | e_pnfkb
R | UP | e_api | e_col2
R | UP | e_api | e_acan
R | DOWN | e_api | e_asc
# 结果 3
E | f_api | COMPOUND | API | -
E | f_ros | COMPOUND | ROS | -
R | DOWN | f_api | f_ros
# 结果 4 negated
E | g_procasp | GENE | pro-caspase-1 | -
# 结果 5 (nigericin reverses the compound's effect: nothing; API 对…的抑制作用 asserted)
E | h_api | COMPOUND | API | -
E | h_mcc | COMPOUND | MCC950 | -
E | h_nig | COMPOUND | 尼日利亚菌素 | -
E | h_api2 | COMPOUND | API | -
E | h_casp1 | GENE | caspase-1 | -
E | h_il1b | GENE | IL-1β | -
E | h_mmp13 | GENE | MMP-13 | -
R | DOWN | h_api2 | h_casp1
R | DOWN | h_api2 | h_il1b
R | DOWN | h_api2 | h_mmp13
# 结论 (抑制 governs NLRP3 炎症小体活化; ROS/NF-κB 介导的: modifier, no relation; 细胞焦亡 of generic cells; 软骨细胞炎症反应: not a proliferation/survival claim; 潜在防治价值 = TREATS)
E | i_api | COMPOUND | 芹菜素 | -
E | i_ros | COMPOUND | ROS | -
E | i_nfkb | GENE | NF-κB | -
E | i_nlrp3 | GENE | NLRP3 | -
E | i_il1b | GENE | IL-1β | -
E | i_ch | CELL_TYPE | 软骨细胞 | -
E | i_oa | DISEASE | 骨关节炎 | -
R | DOWN | i_api | i_nlrp3
R | TREATS | i_api | i_oa
# ===== English title
E | T_api | COMPOUND | Apigenin | -
E | T_il1b | GENE | IL-1β | -
E | T_ch | CELL_TYPE | chondrocytes | -
E | T_nlrp3 | GENE | NLRP3 | -
R | UP | T_api | T_ch
R | DOWN | T_api | T_nlrp3
# Objective (aim: TESTED_IN; inflammasome: generic head)
E | A_api | COMPOUND | apigenin | -
E | A_API | COMPOUND | API | -
E | A_il1bl | GENE | interleukin-1β | -
E | A_il1b | GENE | IL-1β | -
E | A_ch | CELL_TYPE | chondrocytes | -
E | A_nlrp3l | GENE | NOD-like receptor protein 3 | -
E | A_nlrp3 | GENE | NLRP3 | -
R | TI | A_api | A_ch
# Methods (group allocation; API-H coded label not annotated, nigericin arm linked; 24 h shared)
E | B_ch | CELL_TYPE | chondrocytes | -
E | B_sd | ORGANISM | SD rats | -
E | B_il1b | GENE | IL-1β | -
E | B_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | B_api | COMPOUND | API | -
E | B_c2 | CONCENTRATION | 5, 10 and 20 μmol/L | - | 5,10,20 umol/L
E | B_d1 | DURATION | 2 h | -
E | B_mcc | COMPOUND | MCC950 | -
E | B_c3 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | B_nig | COMPOUND | nigericin | -
E | B_c4 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
E | B_d2 | DURATION | 24 h | -
R | TI | B_api | B_ch
R | CONC | B_api | B_c2
R | DUR | B_api | B_d1
R | TI | B_mcc | B_ch
R | CONC | B_mcc | B_c3
R | TI | B_nig | B_ch
R | CONC | B_nig | B_c4
R | DUR | B_api | B_d2
R | DUR | B_mcc | B_d2
R | DUR | B_nig | B_d2
# assays
E | C_cck | COMPOUND | CCK-8 | -
E | C_ros | COMPOUND | ROS | -
E | C_dcfh | COMPOUND | DCFH-DA | -
E | C_il1b | GENE | IL-1β | -
E | C_il18 | GENE | IL-18 | -
E | C_tnf | GENE | TNF-α | -
E | C_asc | GENE | ASC | -
# Results 1 (IL-1β sets up the model: no regulation relation from it, guidelines v1.3)
E | D_il1b | GENE | IL-1β | -
E | D_ros | COMPOUND | ROS | -
E | D_nlrp3 | GENE | NLRP3 | -
E | D_asc | GENE | ASC | -
E | D_casp1 | GENE | caspase-1 | -
E | D_gsdmd | GENE | GSDMD-N | -
E | D_mmp13 | GENE | MMP-13 | -
E | D_col2 | GENE | Col II | -
E | D_acan | GENE | aggrecan | -
# Results 2 ("these changes": anaphora to the previous sentence, nothing)
E | E_api | COMPOUND | API | -
E | E_pnfkb_nf | GENE | p-NF-κB | -
E | E_pnfkb | GENE | p65 | -
E | E_asc | GENE | ASC | -
E | E_api2 | COMPOUND | API | -
E | E_ros | COMPOUND | ROS | -
R | DOWN | E_api | E_pnfkb
R | DOWN | E_api | E_asc
R | DOWN | E_api2 | E_ros
# Results 3 negated
E | F_procasp | GENE | Pro-caspase-1 | -
# Results 4 (its -> API, nearest preceding mention of the agent)
E | G_api | COMPOUND | API | -
E | G_mcc | COMPOUND | MCC950 | -
E | G_nig | COMPOUND | nigericin | -
E | G_casp1 | GENE | caspase-1 | -
E | G_il1b | GENE | IL-1β | -
E | G_mmp13 | GENE | MMP-13 | -
R | DOWN | G_api | G_casp1
R | DOWN | G_api | G_il1b
R | DOWN | G_api | G_mmp13
# Conclusion
E | H_api | COMPOUND | Apigenin | -
E | H_il1b | GENE | IL-1β | -
E | H_ch | CELL_TYPE | chondrocyte | -
E | H_ros | COMPOUND | ROS | -
E | H_nfkb | GENE | NF-κB | -
E | H_nlrp3 | GENE | NLRP3 | -
E | H_oa | DISEASE | osteoarthritis | -
R | DOWN | H_api | H_nlrp3
R | TREATS | H_api | H_oa
