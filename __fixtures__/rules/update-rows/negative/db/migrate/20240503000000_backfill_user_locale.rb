class BackfillUserLocale < ActiveRecord::Migration[7.1]
  def up
    User.where(locale: nil).update_all(locale: "en")
  end

  def down; end
end
