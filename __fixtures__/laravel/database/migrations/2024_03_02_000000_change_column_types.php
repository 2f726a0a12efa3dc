<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class ChangeColumnTypes extends Migration
{
    public function up()
    {
        Schema::table('users', function (Blueprint $table) {
            $table->string('name', 50)->change();
            $table->text('bio')->change();
            $table->string('title', 200)->change();
            $table->integer('score')->change();
            $table->string('city', 100)->nullable()->change();
            $table->string('zip', 10)->change();
        });
    }

    public function down()
    {
        Schema::table('users', function (Blueprint $table) {
            $table->string('name', 100)->change();
            $table->string('bio', 255)->change();
            $table->text('title')->change();
            $table->bigInteger('score')->change();
            $table->string('city', 100)->change();
            $table->string('zip', 10)->nullable()->change();
        });
    }
}
